package cn.jiangxin.nomination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;

/**
 * The WF-2 state machine for one nomination, free of Spring and the database: given the current state and history,
 * it decides whether an actor may take an action and answers with the transition, or refuses with a message that
 * names the state and the action.
 */
public record NominationWorkflow(long unitId, NominationState state, List<Transition> history) {

    static final int MAX_REASON = 1000;

    public NominationWorkflow {
        Objects.requireNonNull(state, "state");
        history = List.copyOf(history);
    }

    public static NominationWorkflow newDraft(long unitId) {
        return new NominationWorkflow(unitId, NominationState.DRAFT, List.of());
    }

    /** @throws TransitionRefusedException when the action is not allowed now, for this actor or without a reason */
    public Transition decide(NominationAction action, CurrentUser actor, String reason, CaseFacts facts, Instant at) {
        if (!action.allowedFrom(state)) {
            throw refused(null, "案件当前状态为“" + state.label() + "”，不能" + action.label());
        }
        if (!actor.has(action.role())) {
            throw refused(null, "只有" + roleLabel(action.role()) + "可以" + action.label() + "，案件当前状态为“"
                    + state.label() + "”");
        }
        if (action.role() == Role.UNIT_OFFICER && !Objects.equals(actor.unitId(), unitId)) {
            throw refused(null, "只有推荐单位的经办人可以" + action.label());
        }
        if ((action == NominationAction.RETURN || action == NominationAction.PASS)
                && holder().filter(h -> h == actor.accountId()).isEmpty()) {
            throw refused(null, "此案件由另一位初审人员受理，只有受理人可以" + action.label());
        }
        if (action.role() == Role.APPROVER && history.stream().anyMatch(t -> t.reviewedBy(actor.accountId()))) {
            throw refused(null, "您参与了此案件的初审，按双人复核规定不能" + action.label());
        }
        String why = reason == null ? "" : reason.strip();
        if (action.needsReason() && why.isEmpty()) {
            throw refused("reason", action.label() + "时必须填写理由");
        }
        if (why.length() > MAX_REASON) {
            throw refused("reason", "理由不能超过" + MAX_REASON + "字");
        }
        checkGuards(action, facts);
        return new Transition(state, action.target(), action, actor.accountId(), action.role(), at, why);
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

    /** The reviewer who took the case most recently, while it is under review. */
    public Optional<Long> holder() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action() == NominationAction.TAKE) {
                return Optional.of(history.get(i).actorAccountId());
            }
        }
        return Optional.empty();
    }

    private void checkGuards(NominationAction action, CaseFacts facts) {
        switch (action) {
            case SUBMIT -> {
                if (!facts.submissionGaps().isEmpty()) {
                    throw refused(facts.submissionGaps().get(0).field(), "还不能提交："
                            + facts.submissionGaps().stream().map(CaseFacts.Gap::message)
                                    .collect(Collectors.joining("；")));
                }
            }
            case PASS -> {
                if (!facts.reviewGaps().isEmpty()) {
                    throw refused(facts.reviewGaps().get(0).field(), "还不能初审通过："
                            + facts.reviewGaps().stream().map(CaseFacts.Gap::message).collect(Collectors.joining("；")));
                }
            }
            case REJECT -> {
                if (state == NominationState.IN_PUBLIC_NOTICE && !facts.objectionUpheld()) {
                    throw refused(null, "案件当前状态为“公示中”，只有异议成立时才能不予认定");
                }
            }
            case CERTIFY -> {
                if (facts.objectionOpen()) {
                    throw refused(null, "公示期间有尚未处理的异议，不能认定");
                }
                if (!facts.noticePeriodOver()) {
                    throw refused(null, "公示期尚未届满，不能认定");
                }
                if (facts.objectionUpheld()) {
                    throw refused(null, "公示期间有异议成立，不能认定");
                }
            }
            default -> { }
        }
    }

    static String roleLabel(Role role) {
        return switch (role) {
            case UNIT_OFFICER -> "推荐单位的经办人";
            case REVIEWER -> "初审人员";
            case APPROVER -> "复审人员";
            default -> role.name();
        };
    }

    private static TransitionRefusedException refused(String field, String message) {
        return new TransitionRefusedException(field, message);
    }
}
