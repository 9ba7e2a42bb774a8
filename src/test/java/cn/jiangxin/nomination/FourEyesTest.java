package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.actor;
import static cn.jiangxin.nomination.RuleFixture.approver;
import static cn.jiangxin.nomination.RuleFixture.officer;
import static cn.jiangxin.nomination.RuleFixture.step;
import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.identity.Role;
import org.junit.jupiter.api.Test;

class FourEyesTest {

    private final FourEyes rule = new FourEyes();

    /** Taken and returned by 10, resubmitted, taken and passed by 11, approved by 30, on notice. */
    private static NominationWorkflow onNotice() {
        return workflow(NominationState.IN_PUBLIC_NOTICE, step(NominationAction.SUBMIT, 1),
                step(NominationAction.TAKE, 10), step(NominationAction.RETURN, 10), step(NominationAction.SUBMIT, 1),
                step(NominationAction.TAKE, 11), step(NominationAction.PASS, 11),
                step(NominationAction.APPROVE_FOR_NOTICE, 30), step(NominationAction.OPEN_NOTICE, 30));
    }

    @Test
    void everyAccountThatTookPartInTheReviewIsKeptFromTheApproversActions() {
        for (long reviewer : new long[] {10, 11}) {
            var nowApprover = actor(reviewer, null, Role.APPROVER);
            assertThat(rule.judge(onNotice(), NominationAction.CERTIFY, nowApprover))
                    .isEqualTo(Verdict.refused("您参与了此案件的初审，按双人复核规定不能认定"));
            assertThat(rule.judge(onNotice(), NominationAction.REJECT, nowApprover).message())
                    .isEqualTo("您参与了此案件的初审，按双人复核规定不能不予认定");
            assertThat(FourEyes.tookPartInReview(onNotice(), reviewer)).isTrue();
        }
    }

    @Test
    void theApproverWhoApprovedTheCaseCertifiesIt() {
        assertThat(rule.judge(onNotice(), NominationAction.CERTIFY, approver(30)).isAllowed()).isTrue();
        assertThat(FourEyes.tookPartInReview(onNotice(), 30)).isFalse();
        assertThat(FourEyes.tookPartInReview(onNotice(), 1)).as("the officer's submissions").isFalse();
    }

    @Test
    void theRuleIsTheApproversOnly() {
        NominationWorkflow underReview = workflow(NominationState.UNDER_REVIEW, step(NominationAction.SUBMIT, 1),
                step(NominationAction.TAKE, 10));
        assertThat(rule.judge(underReview, NominationAction.PASS, actor(10, null, Role.REVIEWER)).isAllowed()).isTrue();
        assertThat(rule.judge(underReview, NominationAction.WITHDRAW, officer()).isAllowed()).isTrue();
    }

    @Test
    void aReviewerOfTheCaseDoesNotResolveObjectionsToIt() {
        assertThat(FourEyes.onObjection(onNotice(), actor(11, null, Role.APPROVER, Role.REVIEWER)))
                .isEqualTo(Verdict.refused("outcome", "您参与了此案件的初审，按双人复核规定不能处理对它的异议"));
        assertThat(FourEyes.onObjection(onNotice(), approver(30)).isAllowed()).isTrue();
    }
}
