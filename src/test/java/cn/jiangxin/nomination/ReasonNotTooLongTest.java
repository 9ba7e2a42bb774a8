package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonNotTooLongTest {

    private final ReasonNotTooLong rule = new ReasonNotTooLong();
    private final NominationWorkflow any = workflow(NominationState.UNDER_REVIEW);

    @Test
    void aReasonOfOneThousandCharactersIsTakenAndOneMoreIsNot() {
        assertThat(rule.judge(any, NominationAction.RETURN, "长".repeat(1000), CaseFacts.allSatisfied()).isAllowed())
                .isTrue();
        assertThat(rule.judge(any, NominationAction.RETURN, "长".repeat(1001), CaseFacts.allSatisfied()))
                .isEqualTo(Verdict.refused("reason", "理由不能超过1000字"));
        assertThat(rule.judge(any, NominationAction.RETURN, "", CaseFacts.allSatisfied()).isAllowed()).isTrue();
    }

    @Test
    void theLimitHoldsForEveryAction() {
        for (NominationAction action : NominationAction.values()) {
            assertThat(rule.judge(any, action, "x".repeat(1001), CaseFacts.allSatisfied()).isRefused()).isTrue();
        }
    }
}
