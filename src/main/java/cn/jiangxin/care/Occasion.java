package cn.jiangxin.care;

/** The holiday a round of visits is for; words in {@code care.occasion.<name>}. */
public enum Occasion {
    SPRING_FESTIVAL,
    DRAGON_BOAT,
    MID_AUTUMN,
    NATIONAL_DAY,
    OTHER
}
