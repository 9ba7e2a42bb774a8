package cn.jiangxin.notice;

/** How an approver resolved an objection: upheld (成立) blocks certification and allows rejection; dismissed does not. */
enum ObjectionOutcome {
    UPHELD,
    DISMISSED
}
