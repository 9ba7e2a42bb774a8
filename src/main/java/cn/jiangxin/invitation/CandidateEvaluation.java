package cn.jiangxin.invitation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import cn.jiangxin.policy.RetirementCategory;
import cn.jiangxin.unit.UnitView;
import org.springframework.stereotype.Component;

/**
 * Evaluates an imported achievement of a registered person with the real eligibility engine under the version in
 * force: the person's birth date and sex from the registry, their unit's kind and district, the unit's
 * recommendation counted as given (it is what the invitation asks the unit for) and the list's competition place.
 * A woman's retirement category is not in the registry: she is evaluated under both categories, and when only the
 * later one (女干部, 55) lets her qualify the reason says that her unit must confirm the category. People with an
 * active certification are not candidates.
 */
@Component
class CandidateEvaluation {

    static final String RECOMMENDATION_NOTE = "测评按“经所在单位推荐”计算：邀请请单位确认的正是这项推荐";

    private final EligibilityEvaluations evaluations;
    private final Certifications certifications;

    CandidateEvaluation(EligibilityEvaluations evaluations, Certifications certifications) {
        this.evaluations = evaluations;
        this.certifications = certifications;
    }

    Verdict evaluate(ImportedEntry entry, PersonView person, UnitView unit, LocalDate today) {
        Optional<Competition> competition = CompetitionNames.of(entry.competition());
        Optional<Certification> active = certifications.activeOn(person.id(), today);
        if (active.isPresent()) {
            Certification c = active.get();
            return new Verdict(CandidateStatus.ALREADY_CERTIFIED, null, "已认定为高技能领军人才（证书编号" + c.certificateNo()
                    + "，支持期至" + ChineseDate.of(c.supportLastDay()) + "），不再邀请推荐", c.policyVersion(),
                    competition.orElse(null));
        }
        if (competition.isEmpty()) {
            String named = entry.competition() == null || entry.competition().isBlank() ? "名单未载明竞赛名称"
                    : "名单所列竞赛“" + entry.competition() + "”不是《办法》第三条第（一）项所列的竞赛";
            return notEvaluated(named + "，未作测评", null);
        }
        if (entry.place() == null || entry.place() < 1) {
            return notEvaluated("名单未载明名次，未作测评", competition.get());
        }
        if (entry.achievedOn() == null) {
            return notEvaluated("名单未载明获奖时间，未作测评", competition.get());
        }
        AffiliatedUnit affiliation = new AffiliatedUnit(unit.kind().name(), unit.districtCode().value());
        Achievement place = new Achievement.CompetitionPlace(competition.get().name(), entry.place(), entry.achievedOn());
        try {
            if (person.sex() == Sex.MALE) {
                return verdict(evaluate(person, RetirementCategory.MALE_60, affiliation, place, today), "",
                        competition.get());
            }
            Evaluation later = evaluate(person, RetirementCategory.FEMALE_55, affiliation, place, today);
            if (!later.eligible()) {
                return verdict(later, "（登记信息中没有退休类别，已按对其最有利的女干部55周岁类别测算）", competition.get());
            }
            Evaluation earlier = evaluate(person, RetirementCategory.FEMALE_50, affiliation, place, today);
            return verdict(later, earlier.eligible() ? "（按女干部或女职工退休类别测算均符合）"
                    : "（按女干部55周岁类别测算符合；如为女职工50周岁类别则已达法定退休年龄：须由单位确认退休类别）",
                    competition.get());
        } catch (RuleViolationException e) {
            return notEvaluated(e.getMessage(), competition.get());
        }
    }

    private Evaluation evaluate(PersonView person, RetirementCategory category, AffiliatedUnit unit, Achievement a,
            LocalDate today) {
        return evaluations.evaluate(new Candidate(person.birthDate(), person.sex(), category, unit, true, List.of(a)),
                today);
    }

    private static Verdict verdict(Evaluation e, String note, Competition competition) {
        if (e.eligible()) {
            String qualifying = e.checks().stream().filter(c -> c.rule().equals("QUALIFYING_ACHIEVEMENT"))
                    .map(RuleDecision::reason).findFirst().orElse("符合第三条所列条件之一");
            return new Verdict(CandidateStatus.CANDIDATE, "QUALIFYING_ACHIEVEMENT",
                    aboutThePerson(qualifying) + note + "。" + RECOMMENDATION_NOTE, e.policyVersion(), competition);
        }
        List<RuleDecision> failed = e.checks().stream().filter(c -> !c.passed()).toList();
        return new Verdict(CandidateStatus.NOT_ELIGIBLE, failed.get(0).rule(),
                failed.stream().map(c -> aboutThePerson(c.reason())).collect(Collectors.joining("；")) + note,
                e.policyVersion(), competition);
    }

    /**
     * An honour, allowance or studio list is matched like any other, but its entries are not evaluated yet: the engine
     * takes an honour's code and a studio's level, and mapping a list's titles to them is still to be built.
     */
    static Verdict notYetForKind(ImportKind kind) {
        String what = kind == ImportKind.STUDIO ? "工作室名单" : "荣誉和津贴名单";
        return notEvaluated(what + "暂不自动测评（平台目前只按竞赛获奖名单测评）：如该人员符合第三条所列条件，请单位按推荐表申报", null);
    }

    private static Verdict notEvaluated(String reason, Competition competition) {
        return new Verdict(CandidateStatus.NOT_EVALUATED, null, reason, null, competition);
    }

    /** The engine speaks to the person checking themselves; staff and units read it about the person. */
    static String aboutThePerson(String reason) {
        return reason.replace("您所选类别", "所选退休类别").replace("您", "该人员");
    }
}
