package cn.jiangxin.nomination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.RetirementCategory;
import org.springframework.format.annotation.DateTimeFormat;

/** The recommendation form as the page binds it; rows whose category is left empty are dropped on saving. */
class NominationForm {

    private String ethnicity = "";
    private String politicalStatus = "";
    private String education = "";
    private String occupation = "";
    private SkillLevel skillLevel;
    private List<Row> achievements = new ArrayList<>();
    private String accomplishments = "";
    private String unitOpinion = "";
    private Long trainingUnitId;
    private RetirementCategory retirementCategory;

    /** One achievement row. */
    public static class Row {
        private Achievement.Kind kind;
        private Competition competition;
        private Integer place;
        private String honour;
        private Achievement.Level studioLevel;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate achievedOn;
        private String description = "";
        private Integer origin;

        /** The row's position when the form was last saved, so its evidence follows it when rows are dropped. */
        public Integer getOrigin() { return origin; }
        public void setOrigin(Integer v) { origin = v; }
        public Achievement.Kind getKind() { return kind; }
        public void setKind(Achievement.Kind v) { kind = v; }
        public Competition getCompetition() { return competition; }
        public void setCompetition(Competition v) { competition = v; }
        public Integer getPlace() { return place; }
        public void setPlace(Integer v) { place = v; }
        public String getHonour() { return honour; }
        public void setHonour(String v) { honour = v; }
        public Achievement.Level getStudioLevel() { return studioLevel; }
        public void setStudioLevel(Achievement.Level v) { studioLevel = v; }
        public LocalDate getAchievedOn() { return achievedOn; }
        public void setAchievedOn(LocalDate v) { achievedOn = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
    }

    static NominationForm of(NominationDraft d) {
        NominationForm f = new NominationForm();
        f.ethnicity = d.ethnicity();
        f.politicalStatus = d.politicalStatus();
        f.education = d.education();
        f.occupation = d.occupation();
        f.skillLevel = d.skillLevel();
        for (Achievement a : d.achievements()) {
            Row r = new Row();
            r.kind = a.kind();
            r.competition = a.competition();
            r.place = a.place();
            r.honour = a.honour();
            r.studioLevel = a.studioLevel();
            r.achievedOn = a.achievedOn();
            r.description = a.description();
            r.origin = a.index();
            f.achievements.add(r);
        }
        f.accomplishments = d.accomplishments();
        f.unitOpinion = d.unitOpinion();
        f.trainingUnitId = d.trainingUnitId();
        f.retirementCategory = d.retirementCategory();
        return f;
    }

    /** Adds an empty row for a further achievement. */
    NominationForm withBlankRow() {
        achievements.add(new Row());
        return this;
    }

    /** @throws cn.jiangxin.platform.RuleViolationException naming the input that is wrong */
    NominationDraft toDraft() {
        List<Achievement> list = new ArrayList<>();
        for (int i = 0; i < achievements.size(); i++) {
            Row r = achievements.get(i);
            if (r != null && r.kind != null) {
                list.add(new Achievement(list.size(), r.kind, r.competition, r.place, r.honour, r.studioLevel, r.achievedOn,
                        r.description));
            }
        }
        return new NominationDraft(ethnicity, politicalStatus, education, occupation, skillLevel, list,
                accomplishments, unitOpinion, trainingUnitId, retirementCategory);
    }

    private static final java.util.regex.Pattern ROW_FIELD = java.util.regex.Pattern.compile("achievements\\[(\\d+)]\\.(\\w+)");

    /**
     * Whether binding found a malformed value that saving would keep. A value in a field of another category than
     * its row's, or in a row without a category, is dropped on saving anyway (a page without its script sends every
     * field of every row), so it does not stop the form; a malformed category always does.
     */
    boolean malformed(org.springframework.validation.BindingResult errors) {
        return errors.hasGlobalErrors() || errors.getFieldErrors().stream().anyMatch(e -> !dropped(e.getField()));
    }

    private boolean dropped(String field) {
        java.util.regex.Matcher m = ROW_FIELD.matcher(field);
        if (!m.matches() || m.group(1).length() > 3 || m.group(2).equals("kind")) {
            return false;
        }
        int i = Integer.parseInt(m.group(1));
        Row r = i < achievements.size() ? achievements.get(i) : null;
        return r == null || r.kind == null || !r.kind.uses(m.group(2));
    }

    /** The position the achievement in form row {@code row} is saved at, or null when that row is left empty. */
    Integer savedIndexOfRow(Integer row) {
        if (row == null || row < 0 || row >= achievements.size()) {
            return null;
        }
        Row r = achievements.get(row);
        if (r == null || r.kind == null) {
            return null;
        }
        return (int) achievements.subList(0, row).stream().filter(x -> x != null && x.kind != null).count();
    }

    /** Saved position to new position of every row that keeps its achievement; rows not listed lose their evidence. */
    java.util.Map<Integer, Integer> evidenceMoves() {
        java.util.Map<Integer, Integer> moves = new java.util.LinkedHashMap<>();
        int next = 0;
        for (Row r : achievements) {
            if (r != null && r.kind != null) {
                if (r.origin != null && !moves.containsKey(r.origin)) {
                    moves.put(r.origin, next);
                }
                next++;
            }
        }
        return moves;
    }

    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String v) { ethnicity = v; }
    public String getPoliticalStatus() { return politicalStatus; }
    public void setPoliticalStatus(String v) { politicalStatus = v; }
    public String getEducation() { return education; }
    public void setEducation(String v) { education = v; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String v) { occupation = v; }
    public SkillLevel getSkillLevel() { return skillLevel; }
    public void setSkillLevel(SkillLevel v) { skillLevel = v; }
    public List<Row> getAchievements() { return achievements; }
    public void setAchievements(List<Row> v) { achievements = v; }
    public String getAccomplishments() { return accomplishments; }
    public void setAccomplishments(String v) { accomplishments = v; }
    public String getUnitOpinion() { return unitOpinion; }
    public void setUnitOpinion(String v) { unitOpinion = v; }
    public Long getTrainingUnitId() { return trainingUnitId; }
    public void setTrainingUnitId(Long v) { trainingUnitId = v; }
    public RetirementCategory getRetirementCategory() { return retirementCategory; }
    public void setRetirementCategory(RetirementCategory v) { retirementCategory = v; }
}
