package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonGivenTest {

    private final ReasonGiven rule = new ReasonGiven();
    private final NominationWorkflow any = workflow(NominationState.UNDER_REVIEW);

    @Test
    void returningRejectingAndWithdrawingNeedAReason() {
        for (NominationAction action : NominationAction.values()) {
            boolean needed = action == NominationAction.RETURN || action == NominationAction.REJECT
                    || action == NominationAction.WITHDRAW;
            assertThat(rule.judge(any, action, "", CaseFacts.allSatisfied()))
                    .as(action.name())
                    .isEqualTo(needed ? Verdict.refused("reason", action.label() + "时必须填写理由") : Verdict.allowed());
            assertThat(rule.judge(any, action, "证书不清晰", CaseFacts.allSatisfied()).isAllowed()).isTrue();
        }
    }
}
