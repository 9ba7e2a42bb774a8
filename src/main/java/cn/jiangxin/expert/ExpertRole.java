package cn.jiangxin.expert;

/** The four ways art. 4 item 4 lets a leading talent serve as an expert. */
public enum ExpertRole {
    /** 项目评审 */
    PROJECT_REVIEW,
    /** 政策制定 */
    POLICY_DRAFTING,
    /** 职业院校实习指导 */
    PRACTICE_MENTOR,
    /** 技能竞赛裁判 */
    COMPETITION_JUDGE
}
