package cn.jiangxin.matching;

/**
 * An imported entry is settled as a registered person's: matched certainly, or confirmed by staff
 * ({@code confirmedByStaff}). Published in the transaction that settles it; modules that act on an achievement of a
 * registered person (candidates, invitations) listen.
 */
public record ImportedEntryMatched(long entryId, long listId, long personId, boolean confirmedByStaff) {

    public ImportedEntryMatched {
        if (entryId <= 0 || listId <= 0 || personId <= 0) {
            throw new IllegalArgumentException("a settled match names an entry, its list and a person");
        }
    }
}
