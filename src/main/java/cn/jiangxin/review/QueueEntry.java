package cn.jiangxin.review;

import cn.jiangxin.nomination.NominationView;

/**
 * One line of the review or approval queue: the case, whose it is, its age in working days since it was (last)
 * submitted, whether that is past the threshold, and whether the viewer took part in its review (four-eyes).
 */
public record QueueEntry(NominationView nomination, String personName, String unitName, int ageWorkingDays,
        boolean overdue, boolean reviewedByViewer) {
}
