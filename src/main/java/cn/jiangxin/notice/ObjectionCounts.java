package cn.jiangxin.notice;

/** How many objections to a case are still open, and how many were upheld. */
public record ObjectionCounts(long open, long upheld) {
}
