package cn.jiangxin.eligibility;

import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.policy.Competition;

/** What a visitor types on the self-check page. Mutable for form binding; never stored. */
class SelfCheckForm {

    private String asOf = "";
    private String identity = "ID";
    private String idNumber = "";
    private String birthDate = "";
    private String sex = "";
    private String category = "";
    private String kind = "EMPLOYER";
    private String districtCode = "110105";
    private boolean recommended;
    private List<Row> achievements = new ArrayList<>(List.of(new Row()));

    /** One achievement row; which fields matter depends on the type. */
    public static class Row {
        private String type = "";
        private String competition = Competition.WORLDSKILLS.name();
        private String place = "";
        private String honor = "";
        private String level = "CHAOYANG";
        private String date = "";

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getCompetition() { return competition; }
        public void setCompetition(String competition) { this.competition = competition; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
        public String getHonor() { return honor; }
        public void setHonor(String honor) { this.honor = honor; }
        public String getLevel() { return level; }
        public void setLevel(String level) { this.level = level; }
        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
    }

    public String getAsOf() { return asOf; }
    public void setAsOf(String asOf) { this.asOf = asOf; }
    public String getIdentity() { return identity; }
    public void setIdentity(String identity) { this.identity = identity; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public boolean isRecommended() { return recommended; }
    public void setRecommended(boolean recommended) { this.recommended = recommended; }
    public List<Row> getAchievements() { return achievements; }
    public void setAchievements(List<Row> achievements) { this.achievements = achievements; }
}
