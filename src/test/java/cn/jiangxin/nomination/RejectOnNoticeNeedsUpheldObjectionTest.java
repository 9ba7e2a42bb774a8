package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectOnNoticeNeedsUpheldObjectionTest {

    private final RejectOnNoticeNeedsUpheldObjection rule = new RejectOnNoticeNeedsUpheldObjection();
    private final NominationWorkflow onNotice = workflow(NominationState.IN_PUBLIC_NOTICE);

    @Test
    void aCaseOnNoticeIsRejectedOnlyAfterAnUpheldObjection() {
        assertThat(rule.judge(onNotice, NominationAction.REJECT, "异议成立", CaseFacts.ofNotice(true, false, true, true))
                .isAllowed()).isTrue();
        assertThat(rule.judge(onNotice, NominationAction.REJECT, "理由", CaseFacts.ofNotice(true, true, false, false)))
                .isEqualTo(Verdict.refused("案件当前状态为“公示中”，只有异议成立时才能不予认定"));
    }

    @Test
    void aReviewedCaseIsRejectedWithoutAnyNoticeFact() {
        assertThat(rule.judge(workflow(NominationState.REVIEWED), NominationAction.REJECT, "不符合条件",
                CaseFacts.ofReview(java.util.List.of())).isAllowed()).isTrue();
    }
}
