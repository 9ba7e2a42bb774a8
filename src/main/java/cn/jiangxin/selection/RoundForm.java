package cn.jiangxin.selection;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that opens a round, as typed; {@link #toCommand()} checks it. */
class RoundForm {

    private String purpose;
    private String title;
    private Integer year;
    private Integer places;
    private String minSkillLevel;
    private String trades;
    private Integer maxAge;
    private Integer minServiceYears;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.LocalDate proposalsOpen;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.LocalDate proposalsClose;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.LocalDate decideOn;

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public String getMinSkillLevel() {
        return minSkillLevel;
    }

    public void setMinSkillLevel(String minSkillLevel) {
        this.minSkillLevel = minSkillLevel;
    }

    public String getTrades() {
        return trades;
    }

    public void setTrades(String trades) {
        this.trades = trades;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public Integer getMinServiceYears() {
        return minServiceYears;
    }

    public void setMinServiceYears(Integer minServiceYears) {
        this.minServiceYears = minServiceYears;
    }

    public java.time.LocalDate getProposalsOpen() {
        return proposalsOpen;
    }

    public void setProposalsOpen(java.time.LocalDate proposalsOpen) {
        this.proposalsOpen = proposalsOpen;
    }

    public java.time.LocalDate getProposalsClose() {
        return proposalsClose;
    }

    public void setProposalsClose(java.time.LocalDate proposalsClose) {
        this.proposalsClose = proposalsClose;
    }

    public java.time.LocalDate getDecideOn() {
        return decideOn;
    }

    public void setDecideOn(java.time.LocalDate decideOn) {
        this.decideOn = decideOn;
    }

    NewRound toCommand() {
        return new NewRound(purpose, title, year == null ? 0 : year, places == null ? 0 : places,
                new RoundConditions(minSkillLevel, RoundConditions.tradesOf(trades), maxAge, minServiceYears),
                proposalsOpen, proposalsClose, decideOn);
    }
}
