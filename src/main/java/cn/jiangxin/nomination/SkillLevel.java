package cn.jiangxin.nomination;

/** The vocational skill levels of the recommendation form (WF-1), lowest first. */
public enum SkillLevel {
    APPRENTICE("学徒工"),
    LEVEL_5("五级/初级工"),
    LEVEL_4("四级/中级工"),
    LEVEL_3("三级/高级工"),
    LEVEL_2("二级/技师"),
    LEVEL_1("一级/高级技师"),
    PRINCIPAL_TECHNICIAN("特级技师"),
    CHIEF_TECHNICIAN("首席技师");

    private final String label;

    SkillLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
