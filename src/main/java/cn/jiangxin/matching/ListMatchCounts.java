package cn.jiangxin.matching;

/**
 * How a list's entries matched: settled as a registered person's (certain or confirmed by staff), waiting for staff,
 * proposed for registration, found nowhere, and rejected by staff.
 */
public record ListMatchCounts(long settled, long awaitingStaff, long proposedRegistration, long notFound,
        long rejectedByStaff) {

    public ListMatchCounts {
        if (settled < 0 || awaitingStaff < 0 || proposedRegistration < 0 || notFound < 0 || rejectedByStaff < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    public long total() {
        return settled + awaitingStaff + proposedRegistration + notFound + rejectedByStaff;
    }
}
