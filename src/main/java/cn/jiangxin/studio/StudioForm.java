package cn.jiangxin.studio;

/** The application form as the browser sends it; {@link #toApplication()} checks it. */
class StudioForm {

    private String name;
    private StudioType type;
    private String trade;
    private Long leaderPersonId;
    private String members;
    private String premises;
    private String plan;

    static StudioForm of(Studio s) {
        StudioForm f = new StudioForm();
        f.name = s.name();
        f.type = s.type();
        f.trade = s.trade();
        f.leaderPersonId = s.leaderPersonId();
        f.members = s.members();
        f.premises = s.premises();
        f.plan = s.plan();
        return f;
    }

    StudioApplication toApplication() {
        return new StudioApplication(name, type, trade, leaderPersonId == null ? 0 : leaderPersonId, members, premises,
                plan);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StudioType getType() {
        return type;
    }

    public void setType(StudioType type) {
        this.type = type;
    }

    public String getTrade() {
        return trade;
    }

    public void setTrade(String trade) {
        this.trade = trade;
    }

    public Long getLeaderPersonId() {
        return leaderPersonId;
    }

    public void setLeaderPersonId(Long leaderPersonId) {
        this.leaderPersonId = leaderPersonId;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    public String getPremises() {
        return premises;
    }

    public void setPremises(String premises) {
        this.premises = premises;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }
}
