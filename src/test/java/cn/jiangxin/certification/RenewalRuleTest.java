package cn.jiangxin.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RenewalRuleTest {

    private static final Certification PREVIOUS = new Certification(1, 7, "张伟", 3, 2, "单位", 2, "世界技能大赛 金牌",
            "v1", LocalDate.of(2024, 5, 11), LocalDate.of(2026, 5, 11), "0123456789ABCDEF", 9, Instant.EPOCH);

    private static List<QualifyingAchievement> dated(LocalDate... days) {
        return java.util.Arrays.stream(days).map(d -> new QualifyingAchievement(QualifyingAchievement.Kind.HONOR, null,
                null, "CHINA_SKILLS_AWARD", null, d, "", "中华技能大奖")).toList();
    }

    @Test
    void aNewAchievementOnOrAfterThePreviousStartAllowsRenewal() {
        var rule = RenewalRule.of("NEW_ACHIEVEMENT_AFTER_PREVIOUS_PERIOD_START", "v1");
        assertThat(rule.refusal(PREVIOUS, dated(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 5, 11)))).isEmpty();
        assertThat(rule.refusal(PREVIOUS, dated(LocalDate.of(2024, 5, 10), LocalDate.of(2019, 1, 1))))
                .contains("上一支持期自2024年5月11日开始；按现行政策，期满后再次认定须有该日及以后取得的新业绩，本案所列业绩均早于该日，不能认定");
    }

    @Test
    void theOtherRulesAndUnknownCodes() {
        assertThat(RenewalRule.of("ANY_QUALIFYING_ACHIEVEMENT", "v1").refusal(PREVIOUS, dated(LocalDate.of(2000, 1, 1))))
                .isEmpty();
        assertThat(RenewalRule.of("NO_RENEWAL", "v1").refusal(PREVIOUS, dated(LocalDate.of(2026, 1, 1))))
                .contains("按现行政策，每人只能认定一次，支持期满后不能再次认定");
        assertThatThrownBy(() -> RenewalRule.of("EVERY_OTHER_YEAR", "v9")).isInstanceOf(IllegalStateException.class)
                .hasMessage("policy version v9 names an unknown renewal rule: EVERY_OTHER_YEAR");
        assertThat(RenewalRule.values()).extracting(Enum::name).containsExactly(
                "NEW_ACHIEVEMENT_AFTER_PREVIOUS_PERIOD_START", "ANY_QUALIFYING_ACHIEVEMENT", "NO_RENEWAL");
    }
}
