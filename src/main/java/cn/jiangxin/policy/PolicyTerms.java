package cn.jiangxin.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one policy version as the eligibility engine reads them. Every number a rule uses comes
 * from here; {@link #article(String)} names the article a parameter implements, for reasons and entitlements.
 */
public final class PolicyTerms {

    /** Statutory retirement of one category: base age, first delayed birth month, one month per step, cap. */
    public record RetirementScheme(int baseYears, YearMonth startMonth, int stepMonths, int capMonths) {
    }

    /** A non-monetary support measure or service; {@code quotaPerYear} is set for services only. */
    public record Measure(String code, String article, Integer quotaPerYear) {
    }

    private final PolicyPack pack;
    private final Map<RetirementCategory, RetirementScheme> retirement = new EnumMap<>(RetirementCategory.class);
    private final Map<String, Integer> lowestPlace = new LinkedHashMap<>();
    private final List<Measure> measures = new ArrayList<>();
    private final Map<String, String> honors;
    private final Map<String, String> studioLevels;
    private final List<String> affiliationKinds;

    PolicyTerms(PolicyPack pack) {
        this.pack = pack;
        this.honors = java.util.Collections.unmodifiableMap(ParameterType.table(pack.value("criteria.honors")));
        this.studioLevels = java.util.Collections.unmodifiableMap(ParameterType.table(pack.value("criteria.studioLevels")));
        this.affiliationKinds = List.copyOf(ParameterType.lines(pack.value("affiliation.kinds")));
        for (RetirementCategory c : RetirementCategory.values()) {
            String p = "retirement." + c.name() + ".";
            retirement.put(c, new RetirementScheme(integer(p + "baseYears"), YearMonth.parse(pack.value(p + "startMonth")),
                    integer(p + "stepMonths"), integer(p + "capMonths")));
        }
        for (String c : Competition.codes()) {
            lowestPlace.put(c, integer("criteria.competition." + c + ".lowestPlace"));
        }
        for (String m : ParameterCatalogue.MEASURES) {
            if (Boolean.parseBoolean(pack.value("measure." + m))) {
                measures.add(new Measure(m, article("measure." + m), null));
            }
        }
        for (String s : ParameterCatalogue.SERVICES) {
            String key = "service." + s + ".quotaPerYear";
            if (integer(key) > 0) {
                measures.add(new Measure(s, article(key), integer(key)));
            }
        }
    }

    public int minimumWorkingAgeYears() {
        return integer("workingAge.minimumAgeYears");
    }

    public RetirementScheme retirement(RetirementCategory category) {
        return retirement.get(category);
    }

    public String districtCode() {
        return pack.value("affiliation.districtCode");
    }

    public String districtName() {
        return pack.value("affiliation.districtName");
    }

    public List<String> affiliationKinds() {
        return affiliationKinds;
    }

    public boolean recommendationRequired() {
        return Boolean.parseBoolean(pack.value("recommendation.required"));
    }

    /** The lowest place that still counts at a competition (1 = only winners); empty for an unknown competition. */
    public Optional<Integer> lowestCountingPlace(String competition) {
        return Optional.ofNullable(lowestPlace.get(competition));
    }

    /** Honour and allowance codes that count, with their Chinese names. */
    public Map<String, String> honors() {
        return honors;
    }

    /** Studio levels whose leaders count, with their Chinese names. */
    public Map<String, String> studioLevels() {
        return studioLevels;
    }

    public Optional<Integer> achievementLookbackYears() {
        String v = pack.value("criteria.achievementLookbackYears");
        return v.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(v));
    }

    public long worldSkillsGoldPersonFen() {
        return Long.parseLong(pack.value("reward.worldSkillsGold.personFen"));
    }

    public long worldSkillsGoldTrainingUnitFen() {
        return Long.parseLong(pack.value("reward.worldSkillsGold.trainingUnitFen"));
    }

    /** Non-monetary measures and services certification grants, in the order of art. 4. */
    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    public Map<String, Long> studioFundingFen() {
        Map<String, Long> out = new LinkedHashMap<>();
        ParameterType.table(pack.value("studio.fundingFen")).forEach((k, v) -> out.put(k, Long.parseLong(v)));
        return out;
    }

    /**
     * Art. 4 item 3: the items of a studio's construction assessment (code → name), each with its maximum score and
     * weight, and the grade bands (grade code → the lowest total, out of 100, that earns it), best grade first.
     */
    public Map<String, String> studioAssessmentItems() {
        return java.util.Collections.unmodifiableMap(ParameterType.table(pack.value("studio.assessmentItems")));
    }

    public Map<String, Integer> studioAssessmentMaxScores() {
        return integerTable("studio.assessmentMaxScores");
    }

    public Map<String, Integer> studioAssessmentWeights() {
        return integerTable("studio.assessmentWeights");
    }

    public Map<String, Integer> studioGradeBands() {
        return integerTable("studio.gradeBands");
    }

    /** Whether applications led by leading talents go first (art. 4 item 3, measure STUDIO_PRIORITY). */
    public boolean studioPriority() {
        return Boolean.parseBoolean(pack.value("measure.STUDIO_PRIORITY"));
    }

    private Map<String, Integer> integerTable(String key) {
        Map<String, Integer> out = new LinkedHashMap<>();
        ParameterType.table(pack.value(key)).forEach((k, v) -> out.put(k, Integer.parseInt(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The support period of a certification on {@code certifiedOn} under this version (art. 5). */
    public SupportPeriod supportPeriodFrom(LocalDate certifiedOn) {
        return SupportPeriod.of(certifiedOn, integer("support.periodYears"));
    }

    public int noticeWorkingDays() {
        return integer("notice.workingDays");
    }

    /** Art. 4 item 4: the earliest a need's experts may be drawn, in working days before its date. */
    public int expertDrawWorkingDaysBefore() {
        return integer("expert.drawWorkingDaysBefore");
    }

    /** Art. 4 item 4: the ordered reserves each draw of experts picks beside the experts wanted (at least 2). */
    public int expertReserves() {
        return integer("expert.reserves");
    }

    /** Art. 4 item 4: the hours a drawn expert has to accept or decline (never past the need's date). */
    public int expertResponseHours() {
        return integer("expert.responseHours");
    }

    public String renewalRule() {
        return pack.value("renewal.rule");
    }

    /** What selection rounds may be opened for (art. 4 item (二)): code → name, in the pack's order. */
    public Map<String, String> selectionPurposes() {
        return java.util.Collections.unmodifiableMap(ParameterType.table(pack.value("selection.purposes")));
    }

    /**
     * The ranking rule of selection rounds among leading talents: achievement tiers, best first (codes such as
     * {@code WORLDSKILLS}, {@code HONOUR}); a person ranks by their best tier, then by the date of that achievement.
     */
    public List<String> selectionRankingTiers() {
        return List.copyOf(ParameterType.lines(pack.value("selection.rankingTiers")));
    }

    /**
     * Art. 4 items 5 to 7: how leading talents get priority seats in offerings — {@code HELD_SHARE} (a share of the
     * seats held for them until a date) or {@code PRIORITY_WINDOW} (they sign up before everyone else).
     */
    public String offeringPriorityRule() {
        return pack.value("offering.priorityRule");
    }

    /** The share of an offering's seats held for leading talents, in per cent (above 100 holds every seat). */
    public int offeringHeldSharePercent() {
        return integer("offering.heldSharePercent");
    }

    /** For how many days from the opening of sign-up the held seats are kept for leading talents. */
    public int offeringHoldDays() {
        return integer("offering.holdDays");
    }

    /** How many days before general sign-up leading talents may sign up under the priority window. */
    public int offeringPriorityWindowDays() {
        return integer("offering.priorityWindowDays");
    }

    /**
     * Art. 4 item 8: whether the service is used by appointment only (a venue then redeems a booking and refuses a
     * walk-in); false for a service that is not a service of the catalogue.
     */
    public boolean bookingRequired(String service) {
        return ParameterCatalogue.SERVICES.contains(service)
                && Boolean.parseBoolean(pack.value("service." + service + ".bookingRequired"));
    }

    /** Until how many hours before the start of a booked slot the talent may cancel and get the use back. */
    public int bookingCancelDeadlineHours() {
        return integer("booking.cancelDeadlineHours");
    }

    /** Whether a booking the talent did not turn up for uses the support year's quota (otherwise it comes back). */
    public boolean noShowUsesQuota() {
        return Boolean.parseBoolean(pack.value("booking.noShowUsesQuota"));
    }

    /** The article a parameter implements, e.g. {@code 第四条第（一）项}. */
    public String article(String key) {
        PackParameter p = pack.parameters().get(key);
        return p == null ? "" : p.article();
    }

    private int integer(String key) {
        return Integer.parseInt(pack.value(key));
    }
}
