package cn.jiangxin.unit;

/** The kinds of unit the Measures name (art. 3): 院校, 企业, 事业单位, 行业协会. Names are part of the API contract. */
public enum UnitKind {
    SCHOOL,
    EMPLOYER,
    PUBLIC_INSTITUTION,
    ASSOCIATION
}
