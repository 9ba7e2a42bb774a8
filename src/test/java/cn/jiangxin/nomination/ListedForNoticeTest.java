package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListedForNoticeTest {

    private final ListedForNotice rule = new ListedForNotice();
    private final NominationWorkflow approved = workflow(NominationState.APPROVED_FOR_NOTICE);

    @Test
    void aCaseGoesOnNoticeOnlyInABatchThatListsIt() {
        assertThat(rule.judge(approved, NominationAction.OPEN_NOTICE, "", CaseFacts.ofNotice(false, false, false, false)))
                .isEqualTo(Verdict.refused("请在公示批次中选择此案件开始公示"));
        assertThat(rule.judge(approved, NominationAction.OPEN_NOTICE, "", CaseFacts.ofNotice(true, false, false, false))
                .isAllowed()).isTrue();
    }

    @Test
    void beingListedConcernsNoOtherAction() {
        assertThat(rule.judge(approved, NominationAction.REJECT, "理由", CaseFacts.ofNotice(false, false, false, false))
                .isAllowed()).isTrue();
    }
}
