package cn.jiangxin.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.person.Sex;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.ShippedPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CriteriaTest {

    static final PolicyVersion CHAOYANG = ShippedPacks.chaoyang2025Draft();
    static final LocalDate AS_OF = LocalDate.of(2026, 5, 1);
    static final LocalDate BORN = LocalDate.of(1990, 3, 7);
    final EligibilityEngine engine = new EligibilityEngine();

    Evaluation evaluate(Achievement... achievements) {
        return engine.evaluate(Candidates.man(BORN, achievements), AS_OF, CHAOYANG);
    }

    @ParameterizedTest(name = "{0} place {1}: {2}")
    @CsvSource({
        "WORLDSKILLS, 1, true", "WORLDSKILLS, 2, true", "WORLDSKILLS, 3, true", "WORLDSKILLS, 4, false",
        "NATIONAL, 1, true", "NATIONAL, 2, true", "NATIONAL, 3, true", "NATIONAL, 4, false",
        "BEIJING, 1, true", "BEIJING, 2, false",
        "CHAOYANG, 1, true", "CHAOYANG, 2, false"
    })
    void competitionPlaces(String competition, int place, boolean counts) {
        Evaluation e = evaluate(Candidates.competition(competition, place));
        assertThat(e.eligible()).isEqualTo(counts);
        assertThat(e.matchedCriteria()).isEqualTo(counts ? List.of(Criterion.C1_COMPETITION) : List.of());
        assertThat(e.checks().get(3).passed()).isEqualTo(counts);
    }

    @Test
    void reasonsExplainWhyAPlaceDoesNotCount() {
        assertThat(evaluate(Candidates.competition("BEIJING", 2)).checks().get(3).reason())
                .isEqualTo("没有符合第三条所列条件之一的成绩：北京市职业技能大赛第2名（2024年9月15日）：须获得第一名");
        assertThat(evaluate(Candidates.competition("WORLDSKILLS", 4)).checks().get(3).reason()).contains("须获得前3名");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHINA_SKILLS_AWARD", "BEIJING_OUTSTANDING_CONTRIBUTION", "STATE_COUNCIL_ALLOWANCE",
        "BEIJING_TECHNICIAN_ALLOWANCE", "CHAOYANG_CHIEF_TECHNICIAN_ALLOWANCE"})
    void eachHonour(String honor) {
        Evaluation e = evaluate(new Achievement.Honor(honor, LocalDate.of(2023, 1, 10)));
        assertThat(e.eligible()).isTrue();
        assertThat(e.matchedCriteria()).containsExactly(Criterion.C2_HONOR);
        assertThat(e.entitlements()).noneMatch(x -> x.amountFen() != null);
    }

    @Test
    void anHonourTheVersionDoesNotListDoesNotCount() {
        assertThat(evaluate(new Achievement.Honor("LABOUR_MODEL", LocalDate.of(2023, 1, 10))).eligible()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NATIONAL", "BEIJING", "CHAOYANG"})
    void eachStudioLevel(String level) {
        Evaluation e = evaluate(new Achievement.StudioLeadership(level, LocalDate.of(2022, 6, 1)));
        assertThat(e.eligible()).isTrue();
        assertThat(e.matchedCriteria()).containsExactly(Criterion.C3_STUDIO_LEADER);
    }

    @Test
    void noAchievement() {
        Evaluation e = evaluate();
        assertThat(e.eligible()).isFalse();
        assertThat(e.matchedCriteria()).isEmpty();
        assertThat(e.entitlements()).isEmpty();
        assertThat(e.checks().get(3).reason()).startsWith("未填写任何成绩");
    }

    @Test
    void anAchievementDatedAfterTheAsOfDateDoesNotCount() {
        Evaluation e = evaluate(new Achievement.CompetitionPlace("WORLDSKILLS", 1, AS_OF.plusDays(1)));
        assertThat(e.eligible()).isFalse();
        assertThat(e.matchedCriteria()).isEmpty();
        assertThat(e.checks().get(3).reason()).contains("晚于测评日");
        assertThat(evaluate(new Achievement.CompetitionPlace("WORLDSKILLS", 1, AS_OF)).eligible()).isTrue();
    }

    @Test
    void aUnitOutsideChaoyang() {
        Candidate c = new Candidate(BORN, Sex.MALE, null, new AffiliatedUnit("SCHOOL", "110108"), true,
                List.of(Candidates.competition("WORLDSKILLS", 1)));
        Evaluation e = engine.evaluate(c, AS_OF, CHAOYANG);
        assertThat(e.eligible()).isFalse();
        assertThat(e.checks().get(1).reason()).isEqualTo("单位所在区县代码为110108（不在朝阳区），不符合第三条“在本辖区内”的要求");
        assertThat(e.matchedCriteria()).containsExactly(Criterion.C1_COMPETITION);
        assertThat(e.entitlements()).isEmpty();
    }

    @Test
    void notRecommended() {
        Candidate c = new Candidate(BORN, Sex.MALE, null, Candidates.CHAOYANG_EMPLOYER, false,
                List.of(Candidates.competition("WORLDSKILLS", 1)));
        Evaluation e = engine.evaluate(c, AS_OF, CHAOYANG);
        assertThat(e.eligible()).isFalse();
        assertThat(e.checks().get(2).passed()).isFalse();
        assertThat(e.checks().get(2).reason()).contains("尚未经所在院校或单位推荐");
    }

    @Test
    void aWomanWithoutCategoryCannotBeACandidate() {
        assertThatThrownBy(() -> new Candidate(BORN, Sex.FEMALE, null, Candidates.CHAOYANG_EMPLOYER, true, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checksAreAlwaysTheFourRulesInTheContractsOrder() {
        assertThat(evaluate().checks()).extracting(RuleDecision::rule)
                .containsExactly("WORKING_AGE", "AFFILIATION", "RECOMMENDATION", "QUALIFYING_ACHIEVEMENT");
    }

    @Test
    void entitlementsOfAGoldMedallistEndWithTheSupportPeriod() {
        Evaluation e = evaluate(Candidates.competition("WORLDSKILLS", 1));
        assertThat(e.entitlements()).extracting(Entitlement::code).containsExactly(
                "WORLDSKILLS_GOLD_REWARD_PERSON", "WORLDSKILLS_GOLD_REWARD_TRAINING_UNIT", "PRIORITY_RECOMMENDATION",
                "STUDIO_PRIORITY", "EXPERT_POOL", "TRAINING_PRIORITY", "ACTIVITY_PRIORITY", "CAREER_PROGRAMME",
                "HEALTH_CHECKUP", "CINEMA", "PARK_VISIT", "HOLIDAY_CARE");
        assertThat(e.entitlements().get(0).amountFen()).isEqualTo(10_000_000L);
        assertThat(e.entitlements()).allMatch(x -> x.validUntil().equals(LocalDate.of(2028, 4, 30)));
    }

    /** The engine states the period certification would fix: certified on 29 February, support runs to 28 February. */
    @Test
    void entitlementsEvaluatedOnALeapDayEndWithThePeriodCertificationFixes() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        Evaluation e = engine.evaluate(Candidates.man(BORN, Candidates.competition("WORLDSKILLS", 1)), leapDay, CHAOYANG);
        assertThat(e.eligible()).isTrue();
        assertThat(e.entitlements()).isNotEmpty().allMatch(x -> x.validUntil().equals(LocalDate.of(2030, 2, 28)));
        assertThat(CHAOYANG.terms().supportPeriodFrom(leapDay).lastDay()).isEqualTo(LocalDate.of(2030, 2, 28));
    }
}
