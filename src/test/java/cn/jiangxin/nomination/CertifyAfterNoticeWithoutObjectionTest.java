package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.RuleFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertifyAfterNoticeWithoutObjectionTest {

    private final CertifyAfterNoticeWithoutObjection rule = new CertifyAfterNoticeWithoutObjection();
    private final NominationWorkflow onNotice = workflow(NominationState.IN_PUBLIC_NOTICE);

    private Verdict certify(boolean periodOver, boolean objectionOpen, boolean objectionUpheld) {
        return rule.judge(onNotice, NominationAction.CERTIFY, "",
                CaseFacts.ofNotice(true, periodOver, objectionOpen, objectionUpheld));
    }

    @Test
    void certificationWaitsForTheEndOfTheNoticeWithNoObjectionOpenOrUpheld() {
        assertThat(certify(true, false, false).isAllowed()).isTrue();
        assertThat(certify(false, false, false)).isEqualTo(Verdict.refused("公示期尚未届满，不能认定"));
        assertThat(certify(true, false, true)).isEqualTo(Verdict.refused("公示期间有异议成立，不能认定"));
        assertThat(certify(true, true, false)).isEqualTo(Verdict.refused("公示期间有尚未处理的异议，不能认定"));
    }

    @Test
    void anOpenObjectionIsNamedFirstThenThePeriod() {
        assertThat(certify(false, true, true).message()).isEqualTo("公示期间有尚未处理的异议，不能认定");
        assertThat(certify(false, false, true).message()).isEqualTo("公示期尚未届满，不能认定");
    }

    @Test
    void theNoticeConcernsNoOtherAction() {
        assertThat(rule.judge(onNotice, NominationAction.REJECT, "异议成立", CaseFacts.ofNotice(true, false, true, true))
                .isAllowed()).isTrue();
    }
}
