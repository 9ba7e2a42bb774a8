package cn.jiangxin.policy;

/** Statutory retirement categories of the 2024-09-13 NPC Standing Committee decision. */
public enum RetirementCategory {
    /** Men. */
    MALE_60,
    /** Women in cadre or professional posts. */
    FEMALE_55,
    /** Women workers. */
    FEMALE_50
}
