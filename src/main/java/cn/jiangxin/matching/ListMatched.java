package cn.jiangxin.matching;

/**
 * A list's entries have all been matched to the registry (after its import, or again after a re-import): the settled
 * ones are read with {@link MatchResults#forEachSettled}. Entries staff settle later come one by one as
 * {@link ImportedEntryMatched}.
 */
public record ListMatched(long listId, ListMatchCounts counts) {

    public ListMatched {
        if (listId <= 0 || counts == null) {
            throw new IllegalArgumentException("a matched list names the list and its counts");
        }
    }
}
