package cn.jiangxin.matching;

/** What matching a row came to. */
enum MatchOutcome {
    /** One registered person, certainly. */
    MATCHED,
    /** A person or several possible ones: staff confirm or reject. */
    UNCERTAIN,
    /** Nobody in the registry, but the row's unit is in Chaoyang: propose registering the person. */
    PROPOSE_REGISTRATION,
    /** Nobody in the registry and no Chaoyang unit. */
    NO_MATCH
}
