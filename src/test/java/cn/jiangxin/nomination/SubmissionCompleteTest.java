package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SubmissionCompleteTest {

    private final SubmissionComplete rule = new SubmissionComplete();
    private final NominationWorkflow draft = workflow(NominationState.DRAFT);
    private final CaseFacts gaps = CaseFacts.ofForm(List.of(new CaseFacts.Gap("stampedForm", "请上传盖章的推荐表扫描件"),
            new CaseFacts.Gap("achievements", "请至少填写一项附有证明材料的业绩")));

    @Test
    void aFormWithGapsIsNotSubmittedAndTheRefusalNamesEveryGapAndPointsAtTheFirst() {
        assertThat(rule.judge(draft, NominationAction.SUBMIT, "", gaps)).isEqualTo(Verdict.refused("stampedForm",
                "还不能提交：请上传盖章的推荐表扫描件；请至少填写一项附有证明材料的业绩"));
        assertThat(rule.judge(draft, NominationAction.SUBMIT, "", CaseFacts.ofForm(List.of())).isAllowed()).isTrue();
    }

    @Test
    void theFormsGapsDoNotStopOtherActions() {
        assertThat(rule.judge(draft, NominationAction.WITHDRAW, "不报了", gaps).isAllowed()).isTrue();
        assertThat(rule.judge(draft, NominationAction.PASS, "", CaseFacts.ofReview(gaps.submissionGaps())).isAllowed())
                .isTrue();
    }
}
