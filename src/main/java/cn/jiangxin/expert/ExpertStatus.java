package cn.jiangxin.expert;

/** Whether an expert can be drawn: only an active one; paused and left by the expert, suspended by staff. */
enum ExpertStatus {
    ACTIVE,
    PAUSED,
    SUSPENDED,
    LEFT
}
