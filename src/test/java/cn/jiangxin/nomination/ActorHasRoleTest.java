package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.actor;
import static cn.jiangxin.nomination.RuleFixture.approver;
import static cn.jiangxin.nomination.RuleFixture.officer;
import static cn.jiangxin.nomination.RuleFixture.reviewer;
import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiangxin.identity.Role;
import org.junit.jupiter.api.Test;

class ActorHasRoleTest {

    private final ActorHasRole rule = new ActorHasRole();

    @Test
    void eachActionBelongsToOneRoleAndTheRefusalNamesItAndTheState() {
        NominationWorkflow draft = workflow(NominationState.DRAFT);
        assertThat(rule.judge(draft, NominationAction.SUBMIT, officer()).isAllowed()).isTrue();
        assertThat(rule.judge(draft, NominationAction.SUBMIT, reviewer(10)))
                .isEqualTo(Verdict.refused("只有推荐单位的经办人可以提交，案件当前状态为“草稿”"));
        NominationWorkflow submitted = workflow(NominationState.SUBMITTED);
        assertThat(rule.judge(submitted, NominationAction.TAKE, reviewer(10)).isAllowed()).isTrue();
        assertThat(rule.judge(submitted, NominationAction.TAKE, officer()))
                .isEqualTo(Verdict.refused("只有初审人员可以受理，案件当前状态为“已提交”"));
        NominationWorkflow reviewed = workflow(NominationState.REVIEWED);
        assertThat(rule.judge(reviewed, NominationAction.APPROVE_FOR_NOTICE, approver(30)).isAllowed()).isTrue();
        assertThat(rule.judge(reviewed, NominationAction.APPROVE_FOR_NOTICE, reviewer(10)))
                .isEqualTo(Verdict.refused("只有复审人员可以复审通过，案件当前状态为“初审通过”"));
    }

    @Test
    void anAccountWithSeveralRolesActsInEachOfThem() {
        var both = actor(50, null, Role.REVIEWER, Role.APPROVER);
        assertThat(rule.judge(workflow(NominationState.SUBMITTED), NominationAction.TAKE, both).isAllowed()).isTrue();
        assertThat(rule.judge(workflow(NominationState.REVIEWED), NominationAction.REJECT, both).isAllowed()).isTrue();
        assertThat(rule.judge(workflow(NominationState.REVIEWED), NominationAction.WITHDRAW, both).isRefused()).isTrue();
        assertThat(rule.judge(workflow(NominationState.SUBMITTED), NominationAction.TAKE,
                actor(60, null, Role.FINANCE, Role.POLICY_ADMIN)).isRefused()).isTrue();
    }

    @Test
    void onlyTheThreeWorkflowRolesHaveAName() {
        assertThat(ActorHasRole.roleLabel(Role.UNIT_OFFICER)).isEqualTo("推荐单位的经办人");
        assertThat(ActorHasRole.roleLabel(Role.REVIEWER)).isEqualTo("初审人员");
        assertThat(ActorHasRole.roleLabel(Role.APPROVER)).isEqualTo("复审人员");
        assertThatThrownBy(() -> ActorHasRole.roleLabel(Role.TALENT)).isInstanceOf(IllegalArgumentException.class);
    }
}
