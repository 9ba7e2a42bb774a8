package cn.jiangxin.review;

import cn.jiangxin.nomination.CaseRow;

/**
 * One line of the review or approval queue: the case, its age in working days since it was (last) submitted, whether
 * that is past the threshold, and whether the viewer took part in its review (four-eyes: they may not decide it).
 */
public record QueueEntry(CaseRow nomination, int ageWorkingDays, boolean overdue, boolean reviewedByViewer) {
}
