package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReviewCompleteTest {

    private final ReviewComplete rule = new ReviewComplete();
    private final NominationWorkflow underReview = workflow(NominationState.UNDER_REVIEW);
    private final List<CaseFacts.Gap> gaps = List.of(new CaseFacts.Gap("achievements", "第1项业绩尚未核实"),
            new CaseFacts.Gap("eligibility", "按已核实业绩不符合条件"));

    @Test
    void aCaseWhoseReviewLacksSomethingDoesNotPass() {
        assertThat(rule.judge(underReview, NominationAction.PASS, "", CaseFacts.ofReview(gaps)))
                .isEqualTo(Verdict.refused("achievements", "还不能初审通过：第1项业绩尚未核实；按已核实业绩不符合条件"));
        assertThat(rule.judge(underReview, NominationAction.PASS, "", CaseFacts.ofReview(List.of())).isAllowed())
                .isTrue();
    }

    @Test
    void theReviewsGapsDoNotStopAReturn() {
        assertThat(rule.judge(underReview, NominationAction.RETURN, "请补充", CaseFacts.ofReview(gaps)).isAllowed())
                .isTrue();
        assertThat(rule.judge(underReview, NominationAction.SUBMIT, "", CaseFacts.ofForm(gaps)).isAllowed()).isTrue();
    }
}
