package cn.jiangxin.eligibility.domain;

/** The three criteria groups of art. 3, in the order of the article. */
public enum Criterion {
    C1_COMPETITION,
    C2_HONOR,
    C3_STUDIO_LEADER
}
