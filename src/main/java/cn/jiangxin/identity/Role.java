package cn.jiangxin.identity;

/** The roles of SPEC section 1. A person may hold several. */
public enum Role {
    TALENT,
    UNIT_OFFICER,
    REVIEWER,
    APPROVER,
    FINANCE,
    PROVIDER,
    POLICY_ADMIN,
    SYSTEM_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isBureauStaff() {
        return this == REVIEWER || this == APPROVER || this == FINANCE || this == POLICY_ADMIN || this == SYSTEM_ADMIN;
    }
}
