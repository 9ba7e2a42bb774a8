package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectOnNoticeOnlyWhenNotCertifiableTest {

    private static final String ACTIVE = "该人员已有认定，支持期至2027年10月13日，期满前不能再次认定";

    private final RejectOnNoticeOnlyWhenNotCertifiable rule = new RejectOnNoticeOnlyWhenNotCertifiable();
    private final NominationWorkflow onNotice = workflow(NominationState.IN_PUBLIC_NOTICE);

    private Verdict reject(boolean periodOver, boolean objectionOpen, boolean objectionUpheld, String refusal) {
        return rule.judge(onNotice, NominationAction.REJECT, "理由",
                CaseFacts.ofNotice(true, periodOver, objectionOpen, objectionUpheld).withCertificationRefusal(refusal));
    }

    @Test
    void anUpheldObjectionAllowsRejectionAtAnyTimeOfTheNotice() {
        assertThat(reject(false, false, true, null).isAllowed()).isTrue();
        assertThat(reject(false, true, true, null).isAllowed()).isTrue();
        assertThat(reject(true, false, true, null).isAllowed()).isTrue();
    }

    @Test
    void afterTheNoticeWithEveryObjectionHandledARefusalOfTheCertificationRulesAllowsRejection() {
        assertThat(reject(true, false, false, ACTIVE).isAllowed()).isTrue();
        assertThat(reject(true, false, false, null))
                .isEqualTo(Verdict.refused("案件当前状态为“公示中”，只有异议成立或不符合认定条件时才能不予认定"));
    }

    @Test
    void theCertificationRulesAreNotAGroundBeforeTheNoticeIsOverOrWhileAnObjectionIsOpen() {
        assertThat(reject(false, false, false, ACTIVE))
                .isEqualTo(Verdict.refused("案件当前状态为“公示中”，公示期满前只有异议成立时才能不予认定"));
        assertThat(reject(true, true, false, ACTIVE))
                .isEqualTo(Verdict.refused("公示期间有尚未处理的异议，请先处理异议，再决定是否不予认定"));
    }

    @Test
    void aReviewedCaseIsRejectedWithoutAnyNoticeFact() {
        assertThat(rule.judge(workflow(NominationState.REVIEWED), NominationAction.REJECT, "不符合条件",
                CaseFacts.ofReview(java.util.List.of())).isAllowed()).isTrue();
        assertThat(rule.judge(onNotice, NominationAction.CERTIFY, "", CaseFacts.ofNotice(true, false, false, false))
                .isAllowed()).isTrue();
    }
}
