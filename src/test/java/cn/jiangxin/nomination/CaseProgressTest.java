package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.NominationAction.APPROVE_FOR_NOTICE;
import static cn.jiangxin.nomination.NominationAction.OPEN_NOTICE;
import static cn.jiangxin.nomination.NominationAction.PASS;
import static cn.jiangxin.nomination.NominationAction.REJECT;
import static cn.jiangxin.nomination.NominationAction.RETURN;
import static cn.jiangxin.nomination.NominationAction.SUBMIT;
import static cn.jiangxin.nomination.NominationAction.TAKE;
import static cn.jiangxin.nomination.NominationAction.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.identity.Role;
import cn.jiangxin.nomination.CaseProgress.Status;
import cn.jiangxin.nomination.CaseProgress.Step;
import org.junit.jupiter.api.Test;

class CaseProgressTest {

    static final Instant CREATED = Instant.parse("2026-03-02T01:00:00Z");

    /** A case that took these actions, one a day after its creation. */
    static NominationView after(NominationAction... actions) {
        List<Transition> history = new ArrayList<>();
        NominationState state = NominationState.DRAFT;
        for (int i = 0; i < actions.length; i++) {
            history.add(new Transition(state, actions[i].target(), actions[i], 1, actions[i].role(),
                    CREATED.plusSeconds(86_400L * (i + 1)), null));
            state = actions[i].target();
        }
        return new NominationView(1, 2, 3, state, null, CREATED, null, history, java.util.Map.of(), null);
    }

    static List<String> shape(CaseProgress p) {
        return p.steps().stream().map(s -> s.state() + ":" + s.status() + (s.detour() ? "!" : "")).toList();
    }

    @Test
    void aDraftIsAtTheFirstStepOfSevenAndTheUnitActsNext() {
        CaseProgress p = CaseProgress.of(after());
        assertThat(shape(p)).containsExactly("DRAFT:CURRENT", "SUBMITTED:TODO", "UNDER_REVIEW:TODO", "REVIEWED:TODO",
                "APPROVED_FOR_NOTICE:TODO", "IN_PUBLIC_NOTICE:TODO", "CERTIFIED:TODO");
        assertThat(p.steps().get(0).day()).isEqualTo("2026-03-02");
        assertThat(p.nextActor()).isEqualTo(Role.UNIT_OFFICER);
    }

    @Test
    void stepsDoneCarryTheDayTheyWereLastReached() {
        CaseProgress p = CaseProgress.of(after(SUBMIT, TAKE, PASS));
        assertThat(shape(p)).startsWith("DRAFT:DONE", "SUBMITTED:DONE", "UNDER_REVIEW:DONE", "REVIEWED:CURRENT",
                "APPROVED_FOR_NOTICE:TODO");
        assertThat(p.steps()).extracting(Step::day).startsWith("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "");
        assertThat(p.nextActor()).isEqualTo(Role.APPROVER);
        assertThat(CaseProgress.of(after(SUBMIT)).nextActor()).isEqualTo(Role.REVIEWER);
    }

    @Test
    void aReturnShowsAsADetourAfterReviewWithTheRestStillAhead() {
        CaseProgress p = CaseProgress.of(after(SUBMIT, TAKE, RETURN));
        assertThat(shape(p)).containsExactly("DRAFT:DONE", "SUBMITTED:DONE", "UNDER_REVIEW:DONE", "RETURNED:CURRENT!",
                "REVIEWED:TODO", "APPROVED_FOR_NOTICE:TODO", "IN_PUBLIC_NOTICE:TODO", "CERTIFIED:TODO");
        assertThat(p.nextActor()).isEqualTo(Role.UNIT_OFFICER);

        CaseProgress resubmitted = CaseProgress.of(after(SUBMIT, TAKE, RETURN, SUBMIT));
        assertThat(shape(resubmitted)).startsWith("DRAFT:DONE", "SUBMITTED:CURRENT", "UNDER_REVIEW:TODO");
        assertThat(resubmitted.steps().get(1).day()).as("the latest submission").isEqualTo("2026-03-06");
    }

    @Test
    void aRejectionOrWithdrawalEndsThePathWhereItHappened() {
        CaseProgress rejected = CaseProgress.of(after(SUBMIT, TAKE, PASS, APPROVE_FOR_NOTICE, OPEN_NOTICE, REJECT));
        assertThat(shape(rejected)).containsExactly("DRAFT:DONE", "SUBMITTED:DONE", "UNDER_REVIEW:DONE", "REVIEWED:DONE",
                "APPROVED_FOR_NOTICE:DONE", "IN_PUBLIC_NOTICE:DONE", "REJECTED:CURRENT!");
        assertThat(rejected.nextActor()).isNull();

        CaseProgress withdrawnWhileReturned = CaseProgress.of(after(SUBMIT, TAKE, RETURN, WITHDRAW));
        assertThat(shape(withdrawnWhileReturned)).containsExactly("DRAFT:DONE", "SUBMITTED:DONE", "UNDER_REVIEW:DONE",
                "WITHDRAWN:CURRENT!");
        assertThat(shape(CaseProgress.of(after(WITHDRAW)))).containsExactly("DRAFT:DONE", "WITHDRAWN:CURRENT!");
    }
}
