package cn.jiangxin.expert;

import java.time.LocalDate;

import cn.jiangxin.identity.CurrentUser;

/** The form of a new need. */
class NeedForm {

    private String purpose = "";
    private ExpertRole role;
    private String trades = "";
    private Integer wanted = 1;
    private LocalDate date;
    private String units = "";
    private String people = "";

    NeedDraft draft(CurrentUser user, Parties parties) {
        return new NeedDraft(purpose, role, Trades.parse(trades), wanted == null ? 0 : wanted, date,
                parties.units(user, units, "units"), parties.people(people, "people"));
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public ExpertRole getRole() { return role; }
    public void setRole(ExpertRole role) { this.role = role; }
    public String getTrades() { return trades; }
    public void setTrades(String trades) { this.trades = trades; }
    public Integer getWanted() { return wanted; }
    public void setWanted(Integer wanted) { this.wanted = wanted; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getUnits() { return units; }
    public void setUnits(String units) { this.units = units; }
    public String getPeople() { return people; }
    public void setPeople(String people) { this.people = people; }
}
