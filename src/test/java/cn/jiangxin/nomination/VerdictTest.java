package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void anAllowedVerdictHasNoMessageAndARefusalAlwaysOne() {
        assertThat(Verdict.allowed().isAllowed()).isTrue();
        assertThat(Verdict.allowed().isRefused()).isFalse();
        assertThat(Verdict.refused("不能").isRefused()).isTrue();
        assertThat(Verdict.refused("不能").isAllowed()).isFalse();
        assertThatThrownBy(() -> Verdict.refused("reason", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Verdict.refused(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Verdict("reason", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusalThrowsWithItsFieldAndMessage() {
        assertThatCode(() -> Verdict.allowed().orThrow()).doesNotThrowAnyException();
        assertThatThrownBy(() -> Verdict.refused("reason", "理由不能超过1000字").orThrow())
                .isInstanceOfSatisfying(TransitionRefusedException.class, e -> assertThat(e.field()).isEqualTo("reason"))
                .hasMessage("理由不能超过1000字");
    }

    @Test
    void theFirstRefusalWinsAndLaterRulesAreNotAsked() {
        List<String> asked = new ArrayList<>();
        Verdict v = Verdict.first(List.of("a", "b", "c", "d"), r -> {
            asked.add(r);
            return r.equals("b") || r.equals("c") ? Verdict.refused(r) : Verdict.allowed();
        });
        assertThat(v).isEqualTo(Verdict.refused("b"));
        assertThat(asked).containsExactly("a", "b");
        assertThat(Verdict.first(List.of("a"), r -> Verdict.allowed()).isAllowed()).isTrue();
    }

    @Test
    void gapsAreListedInOrderAndTheFirstGapsFieldIsNamed() {
        assertThat(Verdict.refusedFor("还不能提交：", List.of(new CaseFacts.Gap("a", "甲"), new CaseFacts.Gap("b", "乙"))))
                .isEqualTo(Verdict.refused("a", "还不能提交：甲；乙"));
    }
}
