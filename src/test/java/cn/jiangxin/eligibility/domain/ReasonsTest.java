package cn.jiangxin.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jiangxin.person.Sex;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.RetirementCategory;
import cn.jiangxin.policy.ShippedPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reasons a citizen reads (SPEC §2: "a reason a citizen can read"), word for word: the Chinese names of
 * competitions, honours, unit kinds and retirement categories, and the article each rule cites. A rule that decides
 * right but explains wrong fails here.
 */
class ReasonsTest {

    static final PolicyVersion CHAOYANG = ShippedPacks.chaoyang2025Draft();
    static final LocalDate AS_OF = LocalDate.of(2026, 5, 1);
    static final LocalDate BORN = LocalDate.of(1990, 3, 7);
    final EligibilityEngine engine = new EligibilityEngine();

    String achievementReason(PolicyVersion version, Achievement... achievements) {
        return engine.evaluate(Candidates.man(BORN, achievements), AS_OF, version).checks().get(3).reason();
    }

    @ParameterizedTest
    @CsvSource({
        "WORLDSKILLS, 世界技能大赛第1名（2024年9月15日）符合第三条第（一）项",
        "NATIONAL, 全国职业技能大赛第1名（2024年9月15日）符合第三条第（一）项",
        "BEIJING, 北京市职业技能大赛第1名（2024年9月15日）符合第三条第（一）项",
        "CHAOYANG, 朝阳区职业技能大赛第1名（2024年9月15日）符合第三条第（一）项"
    })
    void aCountingCompetitionCitesArticleThreeItemOne(String competition, String reason) {
        assertThat(achievementReason(CHAOYANG, Candidates.competition(competition, 1))).isEqualTo(reason);
    }

    @Test
    void anHonourIsNamedAndCitesItemTwo() {
        assertThat(achievementReason(CHAOYANG, new Achievement.Honor("CHINA_SKILLS_AWARD", LocalDate.of(2023, 1, 10))))
                .isEqualTo("“中华技能大奖”（2023年1月10日）符合第三条第（二）项");
    }

    @Test
    void aStudioLeaderIsNamedAndCitesItemThree() {
        assertThat(achievementReason(CHAOYANG, new Achievement.StudioLeadership("CHAOYANG", LocalDate.of(2022, 6, 1))))
                .isEqualTo("朝阳区技能大师工作室领办人（2022年6月1日）符合第三条第（三）项");
    }

    @Test
    void unlistedHonoursAndStudioLevelsSayWhyInTheirOwnWords() {
        assertThat(achievementReason(CHAOYANG, new Achievement.Honor("LABOUR_MODEL", LocalDate.of(2023, 1, 10))))
                .isEqualTo("没有符合第三条所列条件之一的成绩：“LABOUR_MODEL”（2023年1月10日）：不在本版本政策所列荣誉称号和津贴范围内");
        assertThat(achievementReason(CHAOYANG, new Achievement.StudioLeadership("DISTRICT", LocalDate.of(2022, 6, 1))))
                .isEqualTo("没有符合第三条所列条件之一的成绩：DISTRICT技能大师工作室领办人（2022年6月1日）：该级别工作室不在本版本政策所列范围内");
        assertThat(achievementReason(CHAOYANG, new Achievement.CompetitionPlace("OLYMPIAD", 1, LocalDate.of(2024, 9, 15))))
                .isEqualTo("没有符合第三条所列条件之一的成绩：OLYMPIAD第1名（2024年9月15日）：该竞赛不在第三条第（一）项所列范围内");
    }

    @Test
    void countingAndNotCountingAchievementsAreBothListed() {
        assertThat(achievementReason(CHAOYANG, Candidates.competition("WORLDSKILLS", 2),
                Candidates.competition("BEIJING", 3), new Achievement.Honor("LABOUR_MODEL", LocalDate.of(2023, 1, 10))))
                .isEqualTo("世界技能大赛第2名（2024年9月15日）符合第三条第（一）项。另有不计入的成绩："
                        + "北京市职业技能大赛第3名（2024年9月15日）：须获得第一名；"
                        + "“LABOUR_MODEL”（2023年1月10日）：不在本版本政策所列荣誉称号和津贴范围内");
    }

    @Test
    void anAchievementAfterTheAsOfDateSaysSo() {
        assertThat(achievementReason(CHAOYANG, new Achievement.CompetitionPlace("WORLDSKILLS", 1, AS_OF.plusDays(1))))
                .isEqualTo("没有符合第三条所列条件之一的成绩：世界技能大赛第1名（2026年5月2日）：取得日期晚于测评日2026年5月1日，不计入");
    }

    @Test
    void withoutALookbackEveryPastAchievementCounts() {
        assertThat(CHAOYANG.terms().achievementLookbackYears()).isEmpty();
        assertThat(engine.evaluate(Candidates.man(BORN, new Achievement.CompetitionPlace("WORLDSKILLS", 1,
                LocalDate.of(1995, 1, 1))), AS_OF, CHAOYANG).eligible()).isTrue();
    }

    @Test
    void aLookbackCountsAchievementsFromExactlyThatManyYearsBeforeTheAsOfDate() {
        PolicyVersion fiveYears = ShippedPacks.chaoyang2025DraftWith(Map.of("criteria.achievementLookbackYears", "5"));
        LocalDate firstCounting = AS_OF.minusYears(5);

        assertThat(engine.evaluate(Candidates.man(BORN, new Achievement.CompetitionPlace("WORLDSKILLS", 1,
                firstCounting)), AS_OF, fiveYears).eligible()).isTrue();
        Evaluation tooOld = engine.evaluate(Candidates.man(BORN, new Achievement.CompetitionPlace("WORLDSKILLS", 1,
                firstCounting.minusDays(1))), AS_OF, fiveYears);
        assertThat(tooOld.eligible()).isFalse();
        assertThat(tooOld.checks().get(3).reason())
                .isEqualTo("没有符合第三条所列条件之一的成绩：世界技能大赛第1名（2021年4月30日）：取得日期早于测评日前5年，不计入");
    }

    @Test
    void aLookbackDoesNotHideAnEarlierReason() {
        PolicyVersion fiveYears = ShippedPacks.chaoyang2025DraftWith(Map.of("criteria.achievementLookbackYears", "5"));
        assertThat(achievementReason(fiveYears, new Achievement.CompetitionPlace("BEIJING", 2, LocalDate.of(2001, 1, 1))))
                .endsWith("：须获得第一名");
    }

    @ParameterizedTest
    @CsvSource({
        "SCHOOL, 院校", "EMPLOYER, 企业", "PUBLIC_INSTITUTION, 事业单位", "ASSOCIATION, 行业协会", "CHARITY, CHARITY"
    })
    void unitKindsHaveChineseNames(String kind, String name) {
        assertThat(Affiliation.kindName(kind)).isEqualTo(name);
    }

    @Test
    void aUnitOfAnUnlistedKindIsRefusedByName() {
        PolicyVersion schoolsOnly = ShippedPacks.chaoyang2025DraftWith(Map.of("affiliation.kinds", "SCHOOL"));
        Candidate c = new Candidate(BORN, Sex.MALE, null, new AffiliatedUnit("ASSOCIATION", "110105"), true,
                List.of(Candidates.competition("WORLDSKILLS", 1)));
        RuleDecision affiliation = engine.evaluate(c, AS_OF, schoolsOnly).checks().get(1);
        assertThat(affiliation.passed()).isFalse();
        assertThat(affiliation.reason()).isEqualTo("单位类型“行业协会”不在第三条所列的院校、企事业单位、行业协会等主体范围内");
    }

    @Test
    void aChaoyangUnitPassesWithTheDistrictNamed() {
        RuleDecision affiliation = engine.evaluate(Candidates.man(BORN, Candidates.competition("WORLDSKILLS", 1)),
                AS_OF, CHAOYANG).checks().get(1);
        assertThat(affiliation.passed()).isTrue();
        assertThat(affiliation.reason()).isEqualTo("单位在朝阳区，符合第三条“在本辖区内”的要求");
    }

    @Test
    void aRecommendationIsCitedAndCanBeSwitchedOffByTheVersion() {
        RuleDecision recommended = engine.evaluate(Candidates.man(BORN, Candidates.competition("WORLDSKILLS", 1)),
                AS_OF, CHAOYANG).checks().get(2);
        assertThat(recommended.reason()).isEqualTo("已由所在院校或单位推荐，符合第三条“经所在院校或单位推荐”的要求");

        PolicyVersion noRecommendation = ShippedPacks.chaoyang2025DraftWith(Map.of("recommendation.required", "false"));
        Candidate notRecommended = new Candidate(BORN, Sex.MALE, null, Candidates.CHAOYANG_EMPLOYER, false,
                List.of(Candidates.competition("WORLDSKILLS", 1)));
        Evaluation e = engine.evaluate(notRecommended, AS_OF, noRecommendation);
        assertThat(e.checks().get(2).passed()).isTrue();
        assertThat(e.checks().get(2).reason()).isEqualTo("本版本政策不要求所在院校或单位推荐");
        assertThat(e.eligible()).isTrue();
    }

    @Test
    void workingAgeNamesTheCategoryItApplied() {
        assertThat(WorkingAge.categoryName(RetirementCategory.MALE_60)).isEqualTo("男职工法定退休年龄");
        assertThat(engine.evaluate(Candidates.man(BORN, Candidates.competition("WORLDSKILLS", 1)), AS_OF, CHAOYANG)
                .checks().get(0).reason()).startsWith("按男职工法定退休年龄，法定退休日期为");
        assertThat(engine.evaluate(Candidates.woman(LocalDate.of(1990, 3, 7), RetirementCategory.FEMALE_55,
                Candidates.competition("WORLDSKILLS", 1)), AS_OF, CHAOYANG).checks().get(0).reason())
                .startsWith("按您所选类别，法定退休日期为");
    }

    @Test
    void onlyAWorldSkillsGoldThatCountsIsAGold() {
        assertThat(assessed(new Achievement.CompetitionPlace("WORLDSKILLS", 1, LocalDate.of(2024, 9, 15)))
                .isWorldSkillsGold()).isTrue();
        assertThat(assessed(new Achievement.CompetitionPlace("WORLDSKILLS", 2, LocalDate.of(2024, 9, 15)))
                .isWorldSkillsGold()).isFalse();
        assertThat(assessed(new Achievement.CompetitionPlace("NATIONAL", 1, LocalDate.of(2024, 9, 15)))
                .isWorldSkillsGold()).isFalse();
        assertThat(assessed(new Achievement.CompetitionPlace("WORLDSKILLS", 1, AS_OF.plusDays(1)))
                .isWorldSkillsGold()).isFalse();
        assertThat(assessed(new Achievement.Honor("CHINA_SKILLS_AWARD", LocalDate.of(2023, 1, 10)))
                .isWorldSkillsGold()).isFalse();
    }

    @Test
    void anEntitlementNeedsACodeAndNoNegativeAmount() {
        assertThat(new Entitlement("X", 0L, null, "第四条", null).amountFen()).isZero();
        assertThatThrownBy(() -> new Entitlement("X", -1L, null, "第四条", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Entitlement(null, 1L, null, "第四条", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aChangedPackRefusesAnUnknownParameter() {
        assertThatThrownBy(() -> ShippedPacks.chaoyang2025DraftWith(Map.of("criteria.nonsense", "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AssessedAchievement assessed(Achievement a) {
        return AssessedAchievement.of(a, AS_OF, CHAOYANG.terms());
    }
}
