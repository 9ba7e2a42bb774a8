package cn.jiangxin.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.platform.ChineseDate;

/**
 * Whether a person whose earlier support period has ended may be certified again (policy parameter
 * {@code renewal.rule}, an interpretation of art. 5 the Bureau can change). A code this version does not know stops
 * certification rather than letting it through.
 */
enum RenewalRule {
    /** Needs at least one achievement dated on or after the day the previous support period began. */
    NEW_ACHIEVEMENT_AFTER_PREVIOUS_PERIOD_START,
    /** Any qualifying achievement will do. */
    ANY_QUALIFYING_ACHIEVEMENT,
    /** One certification per person, ever. */
    NO_RENEWAL;

    static RenewalRule of(String code, String policyVersion) {
        for (RenewalRule r : values()) {
            if (r.name().equals(code)) {
                return r;
            }
        }
        throw new IllegalStateException("policy version " + policyVersion + " names an unknown renewal rule: " + code);
    }

    /** Why the rule does not allow this certification after {@code previous}, if it does not. */
    Optional<String> refusal(Certification previous, List<QualifyingAchievement> achievements) {
        LocalDate since = previous.supportStart();
        return switch (this) {
            case NEW_ACHIEVEMENT_AFTER_PREVIOUS_PERIOD_START -> achievements.stream()
                    .anyMatch(a -> !a.achievedOn().isBefore(since)) ? Optional.empty()
                    : Optional.of("上一支持期自" + ChineseDate.of(since) + "开始；按现行政策，"
                            + "期满后再次认定须有该日及以后取得的新业绩，本案所列业绩均早于该日，不能认定");
            case ANY_QUALIFYING_ACHIEVEMENT -> Optional.empty();
            case NO_RENEWAL -> Optional.of("按现行政策，每人只能认定一次，支持期满后不能再次认定");
        };
    }
}
