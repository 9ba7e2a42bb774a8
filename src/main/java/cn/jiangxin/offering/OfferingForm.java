package cn.jiangxin.offering;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that publishes an offering, as typed; {@link #toCommand()} checks it. */
class OfferingForm {

    private OfferingKind kind;
    private String title;
    private String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.LocalDate endsOn;
    private String place;
    private Integer capacity;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.LocalDate signupOpens;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.LocalDate signupCloses;
    private boolean openToTalents;
    private boolean openToUnits;

    public OfferingKind getKind() {
        return kind;
    }

    public void setKind(OfferingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public java.time.LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(java.time.LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public java.time.LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(java.time.LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public java.time.LocalDate getSignupOpens() {
        return signupOpens;
    }

    public void setSignupOpens(java.time.LocalDate signupOpens) {
        this.signupOpens = signupOpens;
    }

    public java.time.LocalDate getSignupCloses() {
        return signupCloses;
    }

    public void setSignupCloses(java.time.LocalDate signupCloses) {
        this.signupCloses = signupCloses;
    }

    public boolean isOpenToTalents() {
        return openToTalents;
    }

    public void setOpenToTalents(boolean openToTalents) {
        this.openToTalents = openToTalents;
    }

    public boolean isOpenToUnits() {
        return openToUnits;
    }

    public void setOpenToUnits(boolean openToUnits) {
        this.openToUnits = openToUnits;
    }

    NewOffering toCommand() {
        return new NewOffering(kind, title, description, startsOn, endsOn, place, capacity == null ? 0 : capacity,
                signupOpens, signupCloses, openToTalents, openToUnits);
    }
}
