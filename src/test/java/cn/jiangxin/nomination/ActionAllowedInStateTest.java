package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.approver;
import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionAllowedInStateTest {

    private final ActionAllowedInState rule = new ActionAllowedInState();

    @Test
    void anActionIsTakenFromTheStatesOfTheTableOnly() {
        assertThat(rule.judge(workflow(NominationState.SUBMITTED), NominationAction.TAKE, approver(30)).isAllowed())
                .isTrue();
        assertThat(rule.judge(workflow(NominationState.REVIEWED), NominationAction.REJECT, approver(30)).isAllowed())
                .isTrue();
        assertThat(rule.judge(workflow(NominationState.IN_PUBLIC_NOTICE), NominationAction.REJECT, approver(30))
                .isAllowed()).isTrue();
        assertThat(rule.judge(workflow(NominationState.APPROVED_FOR_NOTICE), NominationAction.REJECT, approver(30)))
                .isEqualTo(Verdict.refused("案件当前状态为“复审通过待公示”，不能不予认定"));
        assertThat(rule.judge(workflow(NominationState.DRAFT), NominationAction.TAKE, approver(30)))
                .isEqualTo(Verdict.refused("案件当前状态为“草稿”，不能受理"));
    }

    @Test
    void nothingIsDoneToAClosedCase() {
        for (NominationState closed : new NominationState[] {NominationState.CERTIFIED, NominationState.REJECTED,
                NominationState.WITHDRAWN}) {
            for (NominationAction action : NominationAction.values()) {
                assertThat(rule.judge(workflow(closed), action, approver(30)).message())
                        .isEqualTo("案件当前状态为“" + closed.label() + "”，不能" + action.label());
            }
        }
    }
}
