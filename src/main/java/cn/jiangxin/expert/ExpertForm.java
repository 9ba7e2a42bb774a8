package cn.jiangxin.expert;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.jiangxin.identity.CurrentUser;

/** The form of an expert's declarations (the talent's own, or staff adding an expert by ID number). */
class ExpertForm {

    private String idNumber = "";
    private String trades = "";
    private String specialities = "";
    private List<ExpertRole> roles = new ArrayList<>();
    private String availability = "";
    private String conflictUnits = "";
    private String conflictPeople = "";
    private List<Long> keepPeople = new ArrayList<>();

    static ExpertForm of(Expert e, Parties parties) {
        ExpertForm f = new ExpertForm();
        f.trades = String.join("、", e.profile().trades());
        f.specialities = e.profile().specialities();
        f.roles = new ArrayList<>(e.profile().roles());
        f.availability = e.profile().availability();
        f.conflictUnits = String.join("\n", parties.unitNames(e.profile().conflictUnits()).values());
        f.keepPeople = new ArrayList<>(e.profile().conflictPeople());
        return f;
    }

    /** The profile typed; the people kept from before and those added by ID number. */
    ExpertProfile profile(CurrentUser user, Parties parties) {
        Set<Long> people = new java.util.LinkedHashSet<>();
        keepPeople.stream().filter(java.util.Objects::nonNull).forEach(people::add);
        people.addAll(parties.people(conflictPeople, "conflictPeople"));
        return new ExpertProfile(Trades.parse(trades), specialities,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), availability,
                parties.units(user, conflictUnits, "conflictUnits"), people);
    }

    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getTrades() { return trades; }
    public void setTrades(String trades) { this.trades = trades; }
    public String getSpecialities() { return specialities; }
    public void setSpecialities(String specialities) { this.specialities = specialities; }
    public List<ExpertRole> getRoles() { return roles; }
    public void setRoles(List<ExpertRole> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
    public String getAvailability() { return availability; }
    public void setAvailability(String availability) { this.availability = availability; }
    public String getConflictUnits() { return conflictUnits; }
    public void setConflictUnits(String conflictUnits) { this.conflictUnits = conflictUnits; }
    public String getConflictPeople() { return conflictPeople; }
    public void setConflictPeople(String conflictPeople) { this.conflictPeople = conflictPeople; }
    public List<Long> getKeepPeople() { return keepPeople; }
    public void setKeepPeople(List<Long> keepPeople) { this.keepPeople = keepPeople == null ? new ArrayList<>() : keepPeople; }
}
