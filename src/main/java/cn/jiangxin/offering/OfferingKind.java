package cn.jiangxin.offering;

/** What an offering is: 研修培训 (art. 4 item 5), 交流活动 (item 6) or 职业发展助推计划 (item 7). */
public enum OfferingKind {
    TRAINING, ACTIVITY, CAREER_PROGRAMME
}
