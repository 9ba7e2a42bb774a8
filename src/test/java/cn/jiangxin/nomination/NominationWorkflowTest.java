package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NominationWorkflowTest {

    static final long UNIT = 100;
    static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");

    static final Map<String, CurrentUser> ACTORS = new LinkedHashMap<>();

    static {
        actor("officer", 1, UNIT, Role.UNIT_OFFICER);
        actor("officer-of-other-unit", 2, 200L, Role.UNIT_OFFICER);
        actor("reviewer", 10, null, Role.REVIEWER);
        actor("reviewer2", 11, null, Role.REVIEWER);
        actor("approver", 30, null, Role.APPROVER);
        actor("approver-who-reviewed", 10, null, Role.APPROVER);
        actor("talent", 40, null, Role.TALENT);
        actor("finance", 41, null, Role.FINANCE);
        actor("policy-admin", 42, null, Role.POLICY_ADMIN);
        actor("system-admin", 43, null, Role.SYSTEM_ADMIN);
        actor("provider", 44, null, Role.PROVIDER);
    }

    /** Written out by hand from docs/decisions/0002-nomination-states.md, not derived from the code under test. */
    static final Set<String> ALLOWED = Set.of(
            "DRAFT SUBMIT officer",
            "DRAFT WITHDRAW officer",
            "SUBMITTED TAKE reviewer",
            "SUBMITTED TAKE reviewer2",
            "SUBMITTED WITHDRAW officer",
            "UNDER_REVIEW RETURN reviewer",
            "UNDER_REVIEW PASS reviewer",
            "UNDER_REVIEW WITHDRAW officer",
            "RETURNED SUBMIT officer",
            "RETURNED WITHDRAW officer",
            "REVIEWED APPROVE_FOR_NOTICE approver",
            "REVIEWED REJECT approver",
            "REVIEWED WITHDRAW officer",
            "APPROVED_FOR_NOTICE OPEN_NOTICE approver",
            "IN_PUBLIC_NOTICE CERTIFY approver",
            "IN_PUBLIC_NOTICE REJECT approver");

    private static void actor(String name, long id, Long unit, Role role) {
        ACTORS.put(name, new CurrentUser(id, name, name, Set.of(role), unit));
    }

    /** Reaches every state the way a real case would, with “reviewer” taking and passing it. */
    static NominationWorkflow inState(NominationState target) {
        NominationWorkflow w = NominationWorkflow.newDraft(UNIT);
        List<Object[]> path = switch (target) {
            case DRAFT -> List.of();
            case SUBMITTED -> steps("SUBMIT officer");
            case UNDER_REVIEW -> steps("SUBMIT officer", "TAKE reviewer");
            case RETURNED -> steps("SUBMIT officer", "TAKE reviewer", "RETURN reviewer");
            case REVIEWED -> steps("SUBMIT officer", "TAKE reviewer", "PASS reviewer");
            case APPROVED_FOR_NOTICE -> steps("SUBMIT officer", "TAKE reviewer", "PASS reviewer",
                    "APPROVE_FOR_NOTICE approver");
            case IN_PUBLIC_NOTICE -> steps("SUBMIT officer", "TAKE reviewer", "PASS reviewer",
                    "APPROVE_FOR_NOTICE approver", "OPEN_NOTICE approver");
            case CERTIFIED -> steps("SUBMIT officer", "TAKE reviewer", "PASS reviewer",
                    "APPROVE_FOR_NOTICE approver", "OPEN_NOTICE approver", "CERTIFY approver");
            case REJECTED -> steps("SUBMIT officer", "TAKE reviewer", "PASS reviewer", "REJECT approver");
            case WITHDRAWN -> steps("WITHDRAW officer");
        };
        for (Object[] step : path) {
            NominationAction action = (NominationAction) step[0];
            w = w.then(w.decide(action, (CurrentUser) step[1], "理由", factsFor(action), AT));
        }
        assertThat(w.state()).isEqualTo(target);
        return w;
    }

    private static List<Object[]> steps(String... steps) {
        List<Object[]> out = new ArrayList<>();
        for (String s : steps) {
            String[] p = s.split(" ");
            out.add(new Object[] {NominationAction.valueOf(p[0]), ACTORS.get(p[1])});
        }
        return out;
    }

    /** Every guard satisfied; a rejection during the notice comes after an upheld objection. */
    private static CaseFacts factsFor(NominationAction action) {
        return action == NominationAction.REJECT ? CaseFacts.ofNotice(true, true, false, true)
                : CaseFacts.allSatisfied();
    }

    static Stream<Arguments> everyStateActionAndActor() {
        List<Arguments> all = new ArrayList<>();
        for (NominationState s : NominationState.values()) {
            for (NominationAction a : NominationAction.values()) {
                for (String actor : ACTORS.keySet()) {
                    all.add(Arguments.of(s, a, actor));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyStateActionAndActor")
    void onlyTheAllowedTransitionsPass(NominationState state, NominationAction action, String actor) {
        NominationWorkflow w = inState(state);
        boolean allowed = ALLOWED.contains(state + " " + action + " " + actor);
        if (allowed) {
            Transition t = w.decide(action, ACTORS.get(actor), "理由", factsFor(action), AT);
            assertThat(t.from()).isEqualTo(state);
            assertThat(t.to()).isEqualTo(action.target());
            assertThat(t.actorAccountId()).isEqualTo(ACTORS.get(actor).accountId());
            assertThat(t.actorRole()).isEqualTo(action.role());
            assertThat(t.at()).isEqualTo(AT);
        } else {
            assertThatThrownBy(() -> w.decide(action, ACTORS.get(actor), "理由", factsFor(action), AT))
                    .isInstanceOf(TransitionRefusedException.class)
                    .hasMessageContaining(action.label());
        }
    }

    @Test
    void theMatrixCoversEveryAllowedTransitionAndEveryNonFinalState() {
        Set<String> passed = new TreeSet<>();
        everyStateActionAndActor().forEach(args -> {
            Object[] a = args.get();
            try {
                inState((NominationState) a[0]).decide((NominationAction) a[1], ACTORS.get((String) a[2]), "理由",
                        factsFor((NominationAction) a[1]), AT);
                passed.add(a[0] + " " + a[1] + " " + a[2]);
            } catch (TransitionRefusedException refused) {
                // counted by onlyTheAllowedTransitionsPass
            }
        });
        assertThat(passed).containsExactlyInAnyOrderElementsOf(ALLOWED);
    }

    @Test
    void aWrongStateIsNamedInTheMessage() {
        assertThatThrownBy(() -> inState(NominationState.DRAFT).decide(NominationAction.TAKE, ACTORS.get("reviewer"),
                null, CaseFacts.allSatisfied(), AT))
                .hasMessage("案件当前状态为“草稿”，不能受理");
        assertThatThrownBy(() -> inState(NominationState.CERTIFIED).decide(NominationAction.WITHDRAW,
                ACTORS.get("officer"), "不想要了", CaseFacts.allSatisfied(), AT))
                .hasMessage("案件当前状态为“已认定”，不能撤回");
    }

    @Test
    void anApproverWhoTookReturnedOrPassedTheCaseMayNeverActOnIt() {
        CurrentUser both = new CurrentUser(50, "both", "both", Set.of(Role.REVIEWER, Role.APPROVER), null);
        NominationWorkflow w = inState(NominationState.SUBMITTED);
        w = w.then(w.decide(NominationAction.TAKE, both, null, CaseFacts.allSatisfied(), AT));
        w = w.then(w.decide(NominationAction.RETURN, both, "缺少获奖证书", CaseFacts.allSatisfied(), AT));
        w = w.then(w.decide(NominationAction.SUBMIT, ACTORS.get("officer"), null, CaseFacts.allSatisfied(), AT));
        w = w.then(w.decide(NominationAction.TAKE, ACTORS.get("reviewer2"), null, CaseFacts.allSatisfied(), AT));
        w = w.then(w.decide(NominationAction.PASS, ACTORS.get("reviewer2"), null, CaseFacts.allSatisfied(), AT));
        NominationWorkflow reviewed = w;

        assertThatThrownBy(() -> reviewed.decide(NominationAction.APPROVE_FOR_NOTICE, both, null,
                CaseFacts.allSatisfied(), AT))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("您参与了此案件的初审，按双人复核规定不能复审通过");
        assertThatThrownBy(() -> reviewed.decide(NominationAction.REJECT, both, "不符合条件",
                CaseFacts.allSatisfied(), AT)).hasMessageContaining("双人复核");

        Transition approved = reviewed.decide(NominationAction.APPROVE_FOR_NOTICE, ACTORS.get("approver"), null,
                CaseFacts.allSatisfied(), AT);
        NominationWorkflow onNotice = reviewed.then(approved);
        assertThatThrownBy(() -> onNotice.decide(NominationAction.OPEN_NOTICE, ACTORS.get("reviewer2"), null,
                CaseFacts.allSatisfied(), AT)).hasMessageContaining("只有复审人员");
    }

    @Test
    void onlyTheReviewerWhoTookTheCaseReturnsOrPassesIt() {
        NominationWorkflow w = inState(NominationState.UNDER_REVIEW);
        assertThatThrownBy(() -> w.decide(NominationAction.PASS, ACTORS.get("reviewer2"), null,
                CaseFacts.allSatisfied(), AT)).hasMessage("此案件由另一位初审人员受理，只有受理人可以初审通过");
    }

    @Test
    void returnRejectAndWithdrawNeedAReasonAndRecordIt() {
        NominationWorkflow w = inState(NominationState.UNDER_REVIEW);
        assertThatThrownBy(() -> w.decide(NominationAction.RETURN, ACTORS.get("reviewer"), "  ",
                CaseFacts.allSatisfied(), AT))
                .isInstanceOfSatisfying(TransitionRefusedException.class, e -> assertThat(e.field()).isEqualTo("reason"))
                .hasMessage("退回修改时必须填写理由");
        assertThatThrownBy(() -> w.decide(NominationAction.RETURN, ACTORS.get("reviewer"), "长".repeat(1001),
                CaseFacts.allSatisfied(), AT)).hasMessage("理由不能超过1000字");
        Transition t = w.decide(NominationAction.RETURN, ACTORS.get("reviewer"), " 获奖证书不清晰 ",
                CaseFacts.allSatisfied(), AT);
        assertThat(t.reason()).isEqualTo("获奖证书不清晰");
        assertThat(w.then(t).history()).hasSize(3).last().isEqualTo(t);
    }

    @Test
    void submissionIsRefusedWhileTheFormHasGaps() {
        var gaps = CaseFacts.ofForm(List.of(new CaseFacts.Gap("stampedForm", "请上传盖章的推荐表扫描件"),
                new CaseFacts.Gap("achievements", "请至少填写一项附有证明材料的业绩")));
        assertThatThrownBy(() -> inState(NominationState.DRAFT).decide(NominationAction.SUBMIT,
                ACTORS.get("officer"), null, gaps, AT))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo("stampedForm"))
                .hasMessage("还不能提交：请上传盖章的推荐表扫描件；请至少填写一项附有证明材料的业绩");
    }

    @Test
    void aCaseGoesOnNoticeOnlyWhenANoticeListsIt() {
        NominationWorkflow w = inState(NominationState.APPROVED_FOR_NOTICE);
        assertThatThrownBy(() -> w.decide(NominationAction.OPEN_NOTICE, ACTORS.get("approver"), null,
                CaseFacts.ofNotice(false, false, false, false), AT)).hasMessage("请在公示批次中选择此案件开始公示");
        assertThat(w.decide(NominationAction.OPEN_NOTICE, ACTORS.get("approver"), null,
                CaseFacts.ofNotice(true, false, false, false), AT).to()).isEqualTo(NominationState.IN_PUBLIC_NOTICE);
    }

    @Test
    void certificationWaitsForTheNoticePeriodAndForObjections() {
        NominationWorkflow w = inState(NominationState.IN_PUBLIC_NOTICE);
        CurrentUser approver = ACTORS.get("approver");
        assertThatThrownBy(() -> w.decide(NominationAction.CERTIFY, approver, null,
                CaseFacts.ofNotice(true, false, false, false), AT)).hasMessage("公示期尚未届满，不能认定");
        assertThatThrownBy(() -> w.decide(NominationAction.CERTIFY, approver, null,
                CaseFacts.ofNotice(true, true, true, false), AT)).hasMessage("公示期间有尚未处理的异议，不能认定");
        assertThatThrownBy(() -> w.decide(NominationAction.CERTIFY, approver, null,
                CaseFacts.ofNotice(true, true, false, true), AT)).hasMessage("公示期间有异议成立，不能认定");
        assertThatThrownBy(() -> w.decide(NominationAction.REJECT, approver, "异议不成立也想驳回",
                CaseFacts.allSatisfied(), AT)).hasMessage("案件当前状态为“公示中”，只有异议成立或不符合认定条件时才能不予认定");
        assertThat(w.decide(NominationAction.CERTIFY, approver, null, CaseFacts.allSatisfied(), AT).to())
                .isEqualTo(NominationState.CERTIFIED);
    }

    @Test
    void theOfferedActionsAreExactlyThoseTheTableAllowsWhenEveryRequirementIsMet() {
        for (NominationState state : NominationState.values()) {
            NominationWorkflow w = inState(state);
            for (var actor : ACTORS.entrySet()) {
                Set<String> offered = new TreeSet<>();
                w.offeredTo(actor.getValue()).forEach(a -> offered.add(state + " " + a + " " + actor.getKey()));
                Set<String> allowed = new TreeSet<>();
                ALLOWED.stream().filter(e -> e.startsWith(state + " ") && e.endsWith(" " + actor.getKey()))
                        .forEach(allowed::add);
                assertThat(offered).as(state + " " + actor.getKey()).isEqualTo(allowed);
            }
        }
    }

    @Test
    void aReasonOfExactlyTheLimitIsTakenAndOneCharacterMoreIsNot() {
        NominationWorkflow w = inState(NominationState.UNDER_REVIEW);
        CurrentUser reviewer = ACTORS.get("reviewer");
        String limit = "长".repeat(1000);
        assertThat(w.decide(NominationAction.RETURN, reviewer, limit, CaseFacts.allSatisfied(), AT).reason())
                .isEqualTo(limit);
        assertThat(w.decide(NominationAction.RETURN, reviewer, "  " + limit + "\n", CaseFacts.allSatisfied(), AT)
                .reason()).as("counted once stripped").isEqualTo(limit);
        assertThatThrownBy(() -> w.decide(NominationAction.RETURN, reviewer, limit + "长", CaseFacts.allSatisfied(), AT))
                .isInstanceOfSatisfying(TransitionRefusedException.class, e -> assertThat(e.field()).isEqualTo("reason"))
                .hasMessage("理由不能超过1000字");
        assertThatThrownBy(() -> w.decide(NominationAction.PASS, reviewer, limit + "长", CaseFacts.allSatisfied(), AT))
                .as("also where no reason is needed").hasMessage("理由不能超过1000字");
    }

    @Test
    void theReviewerWhoTookTheCaseMostRecentlyHoldsIt() {
        NominationWorkflow w = inState(NominationState.RETURNED);
        w = w.then(w.decide(NominationAction.SUBMIT, ACTORS.get("officer"), null, CaseFacts.allSatisfied(), AT));
        w = w.then(w.decide(NominationAction.TAKE, ACTORS.get("reviewer2"), null, CaseFacts.allSatisfied(), AT));
        NominationWorkflow takenTwice = w;

        for (NominationAction action : List.of(NominationAction.RETURN, NominationAction.PASS)) {
            assertThatThrownBy(() -> takenTwice.decide(action, ACTORS.get("reviewer"), "理由", CaseFacts.allSatisfied(),
                    AT)).as("the first taker").hasMessage("此案件由另一位初审人员受理，只有受理人可以" + action.label());
            assertThat(takenTwice.decide(action, ACTORS.get("reviewer2"), "理由", CaseFacts.allSatisfied(), AT).to())
                    .isEqualTo(action.target());
        }
        assertThat(takenTwice.offeredTo(ACTORS.get("reviewer2")))
                .containsExactlyInAnyOrder(NominationAction.RETURN, NominationAction.PASS);
        assertThat(takenTwice.offeredTo(ACTORS.get("reviewer"))).isEmpty();
    }

    @Test
    void aCaseOnNoticeThatTheCertificationRulesRefuseIsRejectedAfterTheNotice() {
        NominationWorkflow w = inState(NominationState.IN_PUBLIC_NOTICE);
        CurrentUser approver = ACTORS.get("approver");
        String refusal = "该人员已有认定，支持期至2027年10月13日，期满前不能再次认定";

        Transition rejected = w.decide(NominationAction.REJECT, approver, "已有有效认定",
                CaseFacts.ofNotice(true, true, false, false).withCertificationRefusal(refusal), AT);
        assertThat(rejected.to()).isEqualTo(NominationState.REJECTED);
        assertThat(rejected.reason()).isEqualTo("已有有效认定");

        assertThatThrownBy(() -> w.decide(NominationAction.REJECT, approver, "已有有效认定",
                CaseFacts.ofNotice(true, false, false, false).withCertificationRefusal(refusal), AT))
                .hasMessage("案件当前状态为“公示中”，公示期满前只有异议成立时才能不予认定");
        assertThatThrownBy(() -> w.decide(NominationAction.REJECT, approver, "已有有效认定",
                CaseFacts.ofNotice(true, true, true, false).withCertificationRefusal(refusal), AT))
                .hasMessage("公示期间有尚未处理的异议，请先处理异议，再决定是否不予认定");
        assertThatThrownBy(() -> w.decide(NominationAction.REJECT, approver, "  ",
                CaseFacts.ofNotice(true, true, false, false).withCertificationRefusal(refusal), AT))
                .as("the reason is still required").hasMessage("不予认定时必须填写理由");
        assertThatThrownBy(() -> w.decide(NominationAction.REJECT, ACTORS.get("approver-who-reviewed"), "已有有效认定",
                CaseFacts.ofNotice(true, true, false, false).withCertificationRefusal(refusal), AT))
                .hasMessage("您参与了此案件的初审，按双人复核规定不能不予认定");
    }
}
