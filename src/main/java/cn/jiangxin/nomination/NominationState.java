package cn.jiangxin.nomination;

/** The states of a nomination (WF-2). */
public enum NominationState {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    UNDER_REVIEW("初审中"),
    RETURNED("已退回"),
    REVIEWED("初审通过"),
    APPROVED_FOR_NOTICE("复审通过待公示"),
    IN_PUBLIC_NOTICE("公示中"),
    CERTIFIED("已认定"),
    REJECTED("未通过"),
    WITHDRAWN("已撤回");

    private final String label;

    NominationState(String label) {
        this.label = label;
    }

    /** The Chinese name used in refusal messages; pages take theirs from the message bundle. */
    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == CERTIFIED || this == REJECTED || this == WITHDRAWN;
    }

    /** Whether the nominating unit may still change the form. */
    public boolean isEditableByUnit() {
        return this == DRAFT || this == RETURNED;
    }
}
