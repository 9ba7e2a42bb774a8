package cn.jiangxin.invitation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.eligibility.EligibilityEvaluations;
import cn.jiangxin.eligibility.domain.Achievement;
import cn.jiangxin.eligibility.domain.AffiliatedUnit;
import cn.jiangxin.eligibility.domain.Candidate;
import cn.jiangxin.eligibility.domain.Evaluation;
import cn.jiangxin.eligibility.domain.RuleDecision;
import cn.jiangxin.listimport.ImportKind;
import cn.jiangxin.listimport.ImportedEntry;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.policy.RetirementCategory;
import cn.jiangxin.unit.UnitView;
import org.springframework.stereotype.Component;

/**
 * Evaluates an imported achievement of a registered person with the real eligibility engine under the version in
 * force: the person's birth date and sex from the registry, their unit's kind and district, the unit's
 * recommendation counted as given (it is what the invitation asks the unit for) and the list's competition place.
 * An honour, allowance or studio list's title is read as the version's honour or a studio level ({@link TitleNames}).
 * A woman's retirement category is not in the registry: she is evaluated under both categories, and when only the
 * later one (女干部, 55) lets her qualify the reason says that her unit must confirm the category. People with an
 * active certification are not candidates.
 */
@Component
class CandidateEvaluation {

    /** Whom staff and units read the engine's reasons about. */
    private static final String PERSON = "该人员";

    static final String RECOMMENDATION_NOTE = "测评按“经所在单位推荐”计算：邀请请单位确认的正是这项推荐";

    private final EligibilityEvaluations evaluations;
    private final Certifications certifications;
    private final PolicyVersions versions;

    CandidateEvaluation(EligibilityEvaluations evaluations, Certifications certifications, PolicyVersions versions) {
        this.versions = versions;
        this.evaluations = evaluations;
        this.certifications = certifications;
    }

    /** Evaluates the entry's achievement as its list's kind reads it: a competition place, an honour or a studio. */
    Verdict evaluate(ImportedEntry entry, ImportKind kind, PersonView person, UnitView unit, LocalDate today) {
        Claimed claimed = claimed(entry, kind, today);
        Optional<Certification> active = certifications.activeOn(person.id(), today);
        if (active.isPresent()) {
            Certification c = active.get();
            return claimed.verdict(CandidateStatus.ALREADY_CERTIFIED, null, "已认定为高技能领军人才（证书编号"
                    + c.certificateNo() + "，支持期至" + ChineseDate.of(c.supportLastDay()) + "），不再邀请推荐",
                    c.policyVersion());
        }
        if (claimed.achievement() == null) {
            return claimed.verdict(CandidateStatus.NOT_EVALUATED, null, claimed.unreadable(), null);
        }
        AffiliatedUnit affiliation = new AffiliatedUnit(unit.kind().name(), unit.districtCode().value());
        try {
            if (person.sex() == Sex.MALE) {
                return verdict(evaluate(person, RetirementCategory.MALE_60, affiliation, claimed.achievement(), today),
                        "", claimed);
            }
            Evaluation later = evaluate(person, RetirementCategory.FEMALE_55, affiliation, claimed.achievement(), today);
            if (!later.eligible()) {
                return verdict(later, "（登记信息中没有退休类别，已按对其最有利的女干部55周岁类别测算）", claimed);
            }
            Evaluation earlier = evaluate(person, RetirementCategory.FEMALE_50, affiliation, claimed.achievement(),
                    today);
            return verdict(later, earlier.eligible() ? "（按女干部或女职工退休类别测算均符合）"
                    : "（按女干部55周岁类别测算符合；如为女职工50周岁类别则已达法定退休年龄：须由单位确认退休类别）", claimed);
        } catch (RuleViolationException e) {
            return claimed.verdict(CandidateStatus.NOT_EVALUATED, null, e.getMessage(), null);
        }
    }

    /** What the entry claims, for the engine; or, without an achievement, why it cannot be evaluated. */
    private Claimed claimed(ImportedEntry entry, ImportKind kind, LocalDate today) {
        String title = entry.competition() == null || entry.competition().isBlank() ? entry.eventName()
                : entry.competition();
        return switch (kind) {
            case HONOUR -> {
                Map<String, String> honours = versions.inForceOn(today).map(v -> v.terms().honors()).orElse(Map.of());
                Optional<String> code = TitleNames.honour(title, honours);
                yield code.isEmpty()
                        ? Claimed.unreadable(title == null || title.isBlank() ? "名单未载明荣誉称号或津贴名称，未作测评"
                                : "名单所列“" + title + "”不在现行政策版本所列荣誉和津贴之中（第三条第（二）项），未作测评",
                                null)
                        : dated(entry, "获得时间",
                                on -> new Claimed(new Achievement.Honor(code.get(), on), null, null, code.get(), null));
            }
            case STUDIO -> {
                Optional<String> level = TitleNames.studioLevel(title);
                yield level.isEmpty() ? Claimed.unreadable("名单未载明工作室级别（国家级、北京市或朝阳区），未作测评", null)
                        : dated(entry, "领办时间", on -> new Claimed(new Achievement.StudioLeadership(level.get(), on),
                                null, null, null, level.get()));
            }
            case COMPETITION -> {
                Optional<Competition> competition = TitleNames.competition(entry.competition());
                if (competition.isEmpty()) {
                    yield Claimed.unreadable(entry.competition() == null || entry.competition().isBlank()
                            ? "名单未载明竞赛名称，未作测评"
                            : "名单所列竞赛“" + entry.competition() + "”不是《办法》第三条第（一）项所列的竞赛，未作测评", null);
                }
                if (entry.place() == null || entry.place() < 1) {
                    yield Claimed.unreadable("名单未载明名次，未作测评", competition.get());
                }
                yield dated(entry, "获奖时间", on -> new Claimed(new Achievement.CompetitionPlace(
                        competition.get().name(), entry.place(), on), null, competition.get(), null, null));
            }
        };
    }

    /** The claim made on the entry's date; without a date, why it cannot be evaluated. */
    private static Claimed dated(ImportedEntry entry, String what, Function<LocalDate, Claimed> claim) {
        return entry.achievedOn() == null
                ? Claimed.unreadable("名单未载明" + what + "，未作测评", TitleNames.competition(entry.competition()).orElse(null))
                : claim.apply(entry.achievedOn());
    }

    /**
     * The achievement the engine is given, with the competition, honour code or studio level it stands for; or no
     * achievement and the reason why ({@code unreadable}).
     */
    private record Claimed(Achievement achievement, String unreadable, Competition competition, String honour,
            String studioLevel) {

        static Claimed unreadable(String reason, Competition competition) {
            return new Claimed(null, reason, competition, null, null);
        }

        Verdict verdict(CandidateStatus status, String rule, String reason, String policyVersion) {
            return new Verdict(status, rule, reason, policyVersion, competition, honour, studioLevel);
        }
    }

    private Evaluation evaluate(PersonView person, RetirementCategory category, AffiliatedUnit unit, Achievement a,
            LocalDate today) {
        return evaluations.evaluate(new Candidate(person.birthDate(), person.sex(), category, unit, true, List.of(a)),
                today);
    }

    private static Verdict verdict(Evaluation e, String note, Claimed claimed) {
        if (e.eligible()) {
            String qualifying = e.checks().stream().filter(c -> c.rule().equals("QUALIFYING_ACHIEVEMENT"))
                    .map(c -> c.reasonAbout(PERSON)).findFirst().orElse("符合第三条所列条件之一");
            return claimed.verdict(CandidateStatus.CANDIDATE, "QUALIFYING_ACHIEVEMENT",
                    qualifying + note + "。" + RECOMMENDATION_NOTE, e.policyVersion());
        }
        List<RuleDecision> failed = e.checks().stream().filter(c -> !c.passed()).toList();
        return claimed.verdict(CandidateStatus.NOT_ELIGIBLE, failed.get(0).rule(),
                failed.stream().map(c -> c.reasonAbout(PERSON)).collect(Collectors.joining("；")) + note,
                e.policyVersion());
    }
}
