package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.officer;
import static cn.jiangxin.nomination.RuleFixture.reviewer;
import static cn.jiangxin.nomination.RuleFixture.step;
import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnlyTheHolderTest {

    private final OnlyTheHolder rule = new OnlyTheHolder();

    private static NominationWorkflow takenBy(long reviewer) {
        return workflow(NominationState.UNDER_REVIEW, step(NominationAction.SUBMIT, 1),
                step(NominationAction.TAKE, reviewer));
    }

    /** Taken by {@code first}, returned, resubmitted and taken again by {@code second}. */
    private static NominationWorkflow takenTwice(long first, long second) {
        return workflow(NominationState.UNDER_REVIEW, step(NominationAction.SUBMIT, 1), step(NominationAction.TAKE, first),
                step(NominationAction.RETURN, first), step(NominationAction.SUBMIT, 1),
                step(NominationAction.TAKE, second));
    }

    @Test
    void onlyTheReviewerWhoTookTheCaseReturnsOrPassesIt() {
        for (NominationAction action : new NominationAction[] {NominationAction.RETURN, NominationAction.PASS}) {
            assertThat(rule.judge(takenBy(10), action, reviewer(10)).isAllowed()).isTrue();
            assertThat(rule.judge(takenBy(10), action, reviewer(11)))
                    .isEqualTo(Verdict.refused("此案件由另一位初审人员受理，只有受理人可以" + action.label()));
        }
    }

    @Test
    void theMostRecentTakeCounts() {
        assertThat(rule.judge(takenTwice(10, 11), NominationAction.PASS, reviewer(11)).isAllowed()).isTrue();
        assertThat(rule.judge(takenTwice(10, 11), NominationAction.PASS, reviewer(10)).isRefused()).isTrue();
        assertThat(rule.judge(takenTwice(11, 10), NominationAction.RETURN, reviewer(10)).isAllowed()).isTrue();
        assertThat(rule.judge(takenTwice(11, 10), NominationAction.RETURN, reviewer(11)).isRefused()).isTrue();
    }

    @Test
    void aTakeIsFoundWhereverItStandsInTheHistoryTheFirstEntryIncluded() {
        NominationWorkflow takenFirst = workflow(NominationState.UNDER_REVIEW, step(NominationAction.TAKE, 10));
        assertThat(OnlyTheHolder.holds(takenFirst, reviewer(10))).isTrue();
        assertThat(rule.judge(takenFirst, NominationAction.PASS, reviewer(11)).isRefused()).isTrue();
    }

    @Test
    void aCaseNobodyTookHasNoHolder() {
        NominationWorkflow untaken = workflow(NominationState.UNDER_REVIEW, step(NominationAction.SUBMIT, 1));
        assertThat(rule.judge(untaken, NominationAction.PASS, reviewer(10)).isRefused()).isTrue();
        assertThat(OnlyTheHolder.holds(untaken, reviewer(10))).isFalse();
    }

    @Test
    void theOtherActionsAreNotTheHoldersAlone() {
        assertThat(rule.judge(takenBy(10), NominationAction.WITHDRAW, officer()).isAllowed()).isTrue();
        assertThat(rule.judge(workflow(NominationState.SUBMITTED), NominationAction.TAKE, reviewer(11)).isAllowed())
                .isTrue();
    }

    @Test
    void aReviewerHoldsTheCaseOnlyWhileItIsUnderReview() {
        assertThat(OnlyTheHolder.holds(takenBy(10), reviewer(10))).isTrue();
        assertThat(OnlyTheHolder.holds(takenBy(10), reviewer(11))).isFalse();
        assertThat(OnlyTheHolder.holds(takenTwice(10, 11), reviewer(10))).isFalse();
        NominationWorkflow returned = workflow(NominationState.RETURNED, step(NominationAction.SUBMIT, 1),
                step(NominationAction.TAKE, 10), step(NominationAction.RETURN, 10));
        assertThat(OnlyTheHolder.holds(returned, reviewer(10))).isFalse();
    }
}
