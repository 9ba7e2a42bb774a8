package cn.jiangxin.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangxin.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The construction assessment's arithmetic: every grade boundary (the band's lowest total earns the grade, a tenth
 * below does not), the funding of each grade from the table (nothing below the lowest band), the weighted total of
 * the Chaoyang pack's provisional scheme, and scores out of range refused.
 */
class AssessmentSchemeTest {

    /** One item scored out of 1000 with weight 100: a score of n gives a total of n tenths of a point. */
    private static final AssessmentScheme TENTHS = new AssessmentScheme("test", List.of(
            new AssessmentScheme.Item("ALL", "全部", 1000, 100)),
            List.of(new AssessmentScheme.Band("PASS", 600), new AssessmentScheme.Band("EXCELLENT", 900),
                    new AssessmentScheme.Band("GOOD", 800)),
            Map.of("EXCELLENT", 10_000_000L, "GOOD", 5_000_000L, "PASS", 2_000_000L));

    /** The Chaoyang pack's provisional values. */
    private static final AssessmentScheme CHAOYANG = new AssessmentScheme("chaoyang-2025-draft", List.of(
            new AssessmentScheme.Item("TEAM", "团队建设与人才培养", 10, 20),
            new AssessmentScheme.Item("PREMISES", "场地设施与制度保障", 10, 15),
            new AssessmentScheme.Item("PASSING_ON", "带徒传技与技能培训", 10, 25),
            new AssessmentScheme.Item("INNOVATION", "技术攻关与创新成果", 10, 25),
            new AssessmentScheme.Item("OUTREACH", "成果推广与示范引领", 10, 15)),
            List.of(new AssessmentScheme.Band("EXCELLENT", 900), new AssessmentScheme.Band("GOOD", 800),
                    new AssessmentScheme.Band("PASS", 600)),
            Map.of("EXCELLENT", 10_000_000L, "GOOD", 5_000_000L, "PASS", 2_000_000L));

    @ParameterizedTest(name = "{0} tenths → {1}, {2} fen")
    @CsvSource({
            "1000, EXCELLENT, 10000000",
            "900, EXCELLENT, 10000000",
            "899, GOOD, 5000000",
            "800, GOOD, 5000000",
            "799, PASS, 2000000",
            "600, PASS, 2000000",
            "599, FAIL, 0",
            "0, FAIL, 0"})
    void everyGradeBoundary(int tenths, String grade, long fen) {
        AssessmentScheme.Result byTotal = TENTHS.forTotal(tenths);
        assertThat(byTotal.gradeCode()).isEqualTo(grade);
        assertThat(byTotal.fundingFen()).isEqualTo(fen);
        AssessmentScheme.Result byScores = TENTHS.result(Map.of("ALL", tenths));
        assertThat(byScores).isEqualTo(new AssessmentScheme.Result(tenths, grade, fen));
    }

    @Test
    void aGradeMissingFromTheFundingTableEarnsNothing() {
        AssessmentScheme noTable = new AssessmentScheme("v", TENTHS.items(), TENTHS.bands(), Map.of("EXCELLENT", 1L));
        assertThat(noTable.forTotal(850)).isEqualTo(new AssessmentScheme.Result(850, "GOOD", 0L));
    }

    @Test
    void theTotalIsEachScoreOverItsMaximumTimesItsWeightToATenth() {
        AssessmentScheme.Result r = CHAOYANG.result(scores(9, 9, 10, 9, 8));
        // 18 + 13.5 + 25 + 22.5 + 12
        assertThat(r.totalTenths()).isEqualTo(910);
        assertThat(AssessmentScheme.points(r.totalTenths())).isEqualTo("91.0");
        assertThat(r.gradeCode()).isEqualTo("EXCELLENT");
        assertThat(r.fundingFen()).isEqualTo(10_000_000L);
        assertThat(CHAOYANG.result(scores(10, 10, 10, 10, 10)).totalTenths()).isEqualTo(1000);
        assertThat(CHAOYANG.result(scores(0, 0, 0, 0, 0))).isEqualTo(new AssessmentScheme.Result(0, "FAIL", 0L));
        // 16 + 12 + 20 + 20 + 12 = 80.0: exactly the lowest total of 良好
        assertThat(CHAOYANG.result(scores(8, 8, 8, 8, 8))).isEqualTo(
                new AssessmentScheme.Result(800, "GOOD", 5_000_000L));
        // 16 + 12 + 20 + 17.5 + 12 = 77.5
        assertThat(CHAOYANG.result(scores(8, 8, 8, 7, 8)).gradeCode()).isEqualTo("PASS");
    }

    @Test
    void aTotalBetweenTenthsIsRoundedHalfUp() {
        AssessmentScheme thirds = new AssessmentScheme("v", List.of(new AssessmentScheme.Item("A", "甲", 3, 100)),
                TENTHS.bands(), TENTHS.fundingFen());
        assertThat(thirds.result(Map.of("A", 1)).totalTenths()).isEqualTo(333);
        assertThat(thirds.result(Map.of("A", 2)).totalTenths()).isEqualTo(667);
    }

    @Test
    void scoresOutOfRangeOrMissingAreRefusedNamingTheItem() {
        assertThatThrownBy(() -> CHAOYANG.result(scores(11, 9, 9, 9, 9)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("score_TEAM"));
        assertThatThrownBy(() -> CHAOYANG.result(scores(9, -1, 9, 9, 9)))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("score_PREMISES"));
        Map<String, Integer> missing = scores(9, 9, 9, 9, 9);
        missing.remove("OUTREACH");
        assertThatThrownBy(() -> CHAOYANG.result(missing))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("score_OUTREACH"));
    }

    @Test
    void studioNumbersCountPerYearWithThreeDigits() {
        assertThat(Studios.number(2026, 1)).isEqualTo("CYGZS-2026-001");
        assertThat(Studios.number(2026, 42)).isEqualTo("CYGZS-2026-042");
        assertThat(Studios.number(2027, 1234)).isEqualTo("CYGZS-2027-1234");
    }

    private static Map<String, Integer> scores(int team, int premises, int passingOn, int innovation, int outreach) {
        Map<String, Integer> s = new LinkedHashMap<>();
        s.put("TEAM", team);
        s.put("PREMISES", premises);
        s.put("PASSING_ON", passingOn);
        s.put("INNOVATION", innovation);
        s.put("OUTREACH", outreach);
        return s;
    }
}
