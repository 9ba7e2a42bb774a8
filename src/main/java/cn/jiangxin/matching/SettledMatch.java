package cn.jiangxin.matching;

/** An entry settled as a registered person's (certain, or confirmed by staff). */
public record SettledMatch(long entryId, long personId, boolean confirmedByStaff) {

    public SettledMatch {
        if (entryId <= 0 || personId <= 0) {
            throw new IllegalArgumentException("a settled match names an entry and a person");
        }
    }
}
