package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.UNIT;
import static cn.jiangxin.nomination.RuleFixture.actor;
import static cn.jiangxin.nomination.RuleFixture.reviewer;
import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.identity.Role;
import org.junit.jupiter.api.Test;

class OfficerOfNominatingUnitTest {

    private final OfficerOfNominatingUnit rule = new OfficerOfNominatingUnit();
    private final NominationWorkflow draft = workflow(NominationState.DRAFT);

    @Test
    void onlyAnOfficerOfTheNominatingUnitTakesTheUnitsActions() {
        assertThat(rule.judge(draft, NominationAction.SUBMIT, actor(1, UNIT, Role.UNIT_OFFICER)).isAllowed()).isTrue();
        assertThat(rule.judge(draft, NominationAction.WITHDRAW, actor(2, 200L, Role.UNIT_OFFICER)))
                .isEqualTo(Verdict.refused("只有推荐单位的经办人可以撤回"));
        assertThat(rule.judge(draft, NominationAction.SUBMIT, actor(3, null, Role.UNIT_OFFICER)))
                .isEqualTo(Verdict.refused("只有推荐单位的经办人可以提交"));
    }

    @Test
    void theBureausActionsDoNotDependOnAUnit() {
        assertThat(rule.judge(workflow(NominationState.SUBMITTED), NominationAction.TAKE, reviewer(10)).isAllowed())
                .isTrue();
        assertThat(rule.judge(workflow(NominationState.REVIEWED), NominationAction.REJECT,
                actor(30, 200L, Role.APPROVER)).isAllowed()).isTrue();
    }
}
