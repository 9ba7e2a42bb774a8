package cn.jiangxin.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.eligibility.domain.Achievement;
import cn.jiangxin.eligibility.domain.Candidate;
import cn.jiangxin.eligibility.domain.EligibilityEngine;
import cn.jiangxin.eligibility.domain.Evaluation;
import cn.jiangxin.person.InvalidIdNumberException;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.policy.RetirementCategory;
import org.springframework.stereotype.Service;

/**
 * Evaluates under the version in force on the as-of date (default: today in the Bureau's zone). Stores nothing.
 * Breaks of the contract's input rules are {@link RuleViolationException}s naming the field.
 */
@Service
public class EligibilityEvaluations {

    private final PolicyVersions versions;
    private final Clock clock;
    private final EligibilityEngine engine = new EligibilityEngine();

    EligibilityEvaluations(PolicyVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    Evaluation evaluate(EvaluationInput input) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = input.asOf() == null ? today : input.asOf();
        ResidentIdNumber id;
        try {
            id = ResidentIdNumber.parse(input.idNumber(), today);
        } catch (InvalidIdNumberException e) {
            throw new RuleViolationException("person.idNumber", "person.idNumber：" + e.getMessage());
        }
        RetirementCategory category = category(id.sex(), input.category());
        PolicyVersion version = inForce(asOf);
        checkHonors(input.achievements(), version);
        Candidate candidate = new Candidate(id.birthDate(), id.sex(), category, input.unit(), input.recommended(),
                input.achievements());
        return engine.evaluate(candidate, asOf, version);
    }

    /** For callers inside the application that already hold a candidate's facts. */
    public Evaluation evaluate(Candidate candidate, LocalDate asOf) {
        return engine.evaluate(candidate, asOf, inForce(asOf));
    }

    private PolicyVersion inForce(LocalDate asOf) {
        return versions.inForceOn(asOf).orElseThrow(() -> new RuleViolationException("asOf",
                "asOf：" + asOf + "没有生效的政策版本，无法测评（请检查测评日期）"));
    }

    static RetirementCategory category(Sex sex, RetirementCategory given) {
        if (sex == Sex.MALE) {
            return RetirementCategory.MALE_60;
        }
        if (given == null) {
            throw new RuleViolationException("person.retirementCategory",
                    "person.retirementCategory：身份证号码显示为女性，须填写退休类别：FEMALE_55（女干部，管理和专业技术岗位）或FEMALE_50（女职工）");
        }
        if (given == RetirementCategory.MALE_60) {
            throw new RuleViolationException("person.retirementCategory",
                    "person.retirementCategory：身份证号码显示为女性，不能选择男职工类别MALE_60，应为FEMALE_55或FEMALE_50");
        }
        return given;
    }

    private static void checkHonors(List<Achievement> achievements, PolicyVersion version) {
        for (int i = 0; i < achievements.size(); i++) {
            if (achievements.get(i) instanceof Achievement.Honor h && !version.terms().honors().containsKey(h.code())) {
                String field = "achievements[" + i + "].honor";
                throw new RuleViolationException(field, field + "：未知的荣誉称号或津贴代码“" + h.code() + "”，政策版本"
                        + version.code() + "所列为" + String.join("、", version.terms().honors().keySet()));
            }
        }
    }
}
