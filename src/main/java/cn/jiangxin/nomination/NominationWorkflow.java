package cn.jiangxin.nomination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.jiangxin.identity.CurrentUser;

/**
 * The WF-2 state machine for one nomination, free of Spring and the database: given the current state and history,
 * it asks its named rules, in order, whether an actor may take an action, and answers with the transition or with
 * the first rule's refusal, a message that names the state and the action (ADR 0002).
 */
record NominationWorkflow(long unitId, NominationState state, List<Transition> history) {

    /** Who may take which action when: state, role, unit, holder, four-eyes. */
    private static final List<PermissionRule> PERMISSIONS = List.of(new ActionAllowedInState(), new ActorHasRole(),
            new OfficerOfNominatingUnit(), new OnlyTheHolder(), new FourEyes());

    /** What the action needs besides: a reason, then the guards on the facts of the case. */
    private static final List<RequirementRule> REQUIREMENTS = List.of(new ReasonGiven(), new ReasonNotTooLong(),
            new SubmissionComplete(), new ReviewComplete(), new ListedForNotice(),
            new RejectOnNoticeOnlyWhenNotCertifiable(), new CertifyAfterNoticeWithoutObjection());

    public NominationWorkflow {
        Objects.requireNonNull(state, "state");
        history = List.copyOf(history);
    }

    public static NominationWorkflow newDraft(long unitId) {
        return new NominationWorkflow(unitId, NominationState.DRAFT, List.of());
    }

    /** @throws TransitionRefusedException when the action is not allowed now, for this actor or without a reason */
    public Transition decide(NominationAction action, CurrentUser actor, String reason, CaseFacts facts, Instant at) {
        permission(action, actor).orThrow();
        String why = reason == null ? "" : reason.strip();
        Verdict.first(REQUIREMENTS, rule -> rule.judge(this, action, why, facts)).orThrow();
        return new Transition(state, action.target(), action, actor.accountId(), action.role(), at, why);
    }

    /** Whether the actor may take the action now, before any reason or fact is asked for. */
    Verdict permission(NominationAction action, CurrentUser actor) {
        return Verdict.first(PERMISSIONS, rule -> rule.judge(this, action, actor));
    }

    /** The actions the actor may take now, as pages offer them; each still needs what its requirements ask. */
    Set<NominationAction> offeredTo(CurrentUser actor) {
        Set<NominationAction> offered = EnumSet.noneOf(NominationAction.class);
        for (NominationAction action : NominationAction.values()) {
            if (permission(action, actor).isAllowed()) {
                offered.add(action);
            }
        }
        return offered;
    }

    /** The workflow after the transition. */
    public NominationWorkflow then(Transition t) {
        if (t.from() != state) {
            throw new IllegalArgumentException("transition from " + t.from() + " applied in state " + state);
        }
        List<Transition> next = new ArrayList<>(history);
        next.add(t);
        return new NominationWorkflow(unitId, t.to(), next);
    }
}
