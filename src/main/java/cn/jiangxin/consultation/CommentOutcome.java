package cn.jiangxin.consultation;

/** How staff dealt with a comment (采纳情况). */
enum CommentOutcome {
    ADOPTED,
    PARTLY_ADOPTED,
    NOT_ADOPTED
}
