package cn.jiangxin.matching;

/** How a person was found. */
enum MatchMethod {
    /** Through the blind index of the ID number. */
    ID_NUMBER,
    /** By the simplified name within a unit found by credit code or a similar name. */
    NAME_AND_UNIT,
    /** Not found. */
    NONE
}
