package cn.jiangxin.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangxin.eligibility.domain.Achievement;
import cn.jiangxin.eligibility.domain.AffiliatedUnit;
import cn.jiangxin.eligibility.domain.Candidate;
import cn.jiangxin.person.InvalidIdNumberException;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.RetirementCategory;

/** Turns the self-check form into a candidate, or into messages per field (keys of eligibility.properties or text). */
final class SelfCheckCandidate {

    final Map<String, String> errors = new LinkedHashMap<>();
    LocalDate asOf;
    Candidate candidate;

    static SelfCheckCandidate of(SelfCheckForm form, LocalDate today) {
        SelfCheckCandidate out = new SelfCheckCandidate();
        out.read(form, today);
        return out;
    }

    private void read(SelfCheckForm form, LocalDate today) {
        asOf = form.getAsOf().isBlank() ? today : date(form.getAsOf(), "asOf");
        LocalDate birth = null;
        Sex sex = null;
        if ("ID".equals(form.getIdentity())) {
            try {
                ResidentIdNumber id = ResidentIdNumber.parse(form.getIdNumber(), today);
                birth = id.birthDate();
                sex = id.sex();
            } catch (InvalidIdNumberException e) {
                errors.put("idNumber", e.getMessage());
            }
        } else {
            birth = form.getBirthDate().isBlank() ? missing("birthDate") : date(form.getBirthDate(), "birthDate");
            if (birth != null && birth.isAfter(today)) {
                errors.put("birthDate", "selfCheck.error.future");
                birth = null;
            }
            sex = switch0(form.getSex());
            if (sex == null) {
                errors.put("sex", "selfCheck.error.sex");
            }
        }
        RetirementCategory category = null;
        if (sex != null) {
            try {
                category = EligibilityEvaluations.category(sex,
                        form.getCategory().isBlank() ? null : RetirementCategory.valueOf(form.getCategory()));
            } catch (RuleViolationException | IllegalArgumentException e) {
                errors.put("category", "selfCheck.error.category");
            }
        }
        String district = form.getDistrictCode().strip();
        if (!district.matches("\\d{6}")) {
            errors.put("districtCode", "selfCheck.error.district");
        }
        if (!EvaluationRequestReader.KINDS.contains(form.getKind())) {
            errors.put("kind", "selfCheck.error.required");
        }
        List<Achievement> achievements = achievements(form.getAchievements());
        if (errors.isEmpty()) {
            candidate = new Candidate(birth, sex, category, new AffiliatedUnit(form.getKind(), district),
                    form.isRecommended(), achievements);
        }
    }

    private List<Achievement> achievements(List<SelfCheckForm.Row> rows) {
        List<Achievement> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SelfCheckForm.Row r = rows.get(i);
            String prefix = "achievements[" + i + "].";
            if (r.getType() == null || r.getType().isBlank()) {
                continue;
            }
            LocalDate d = r.getDate() == null || r.getDate().isBlank() ? missing(prefix + "date") : date(r.getDate(), prefix + "date");
            switch (r.getType()) {
                case "COMPETITION":
                    Integer place = place(r.getPlace(), prefix + "place");
                    if (d != null && place != null && Competition.ofCode(r.getCompetition()).isPresent()) {
                        out.add(new Achievement.CompetitionPlace(r.getCompetition(), place, d));
                    }
                    break;
                case "HONOR":
                    if (r.getHonor() == null || r.getHonor().isBlank()) {
                        errors.put(prefix + "honor", "selfCheck.error.required");
                    } else if (d != null) {
                        out.add(new Achievement.Honor(r.getHonor(), d));
                    }
                    break;
                case "STUDIO_LEADER":
                    if (d != null && EvaluationRequestReader.STUDIO_LEVELS.contains(r.getLevel())) {
                        out.add(new Achievement.StudioLeadership(r.getLevel(), d));
                    }
                    break;
                default:
                    errors.put(prefix + "type", "selfCheck.error.required");
            }
        }
        return out;
    }

    private Integer place(String raw, String field) {
        try {
            int p = Integer.parseInt(raw == null ? "" : raw.strip());
            if (p >= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, "selfCheck.error.place");
        return null;
    }

    private LocalDate date(String raw, String field) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "selfCheck.error.date");
            return null;
        }
    }

    private LocalDate missing(String field) {
        errors.put(field, "selfCheck.error.required");
        return null;
    }

    private static Sex switch0(String sex) {
        if ("MALE".equals(sex)) {
            return Sex.MALE;
        }
        return "FEMALE".equals(sex) ? Sex.FEMALE : null;
    }
}
