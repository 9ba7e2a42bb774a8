package cn.jiangxin.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A {@link Match} refuses what cannot be: each outcome with what it needs, and nothing more. */
class MatchTest {

    private static final Candidate PERSON = new Candidate(7, "陈静", 3, "某公司", 1.0);
    private static final List<String> WHY = List.of("身份证号与登记一致");

    @Test
    void aCertainMatchNamesThePersonAndTheMethod() {
        assertThat(Match.certain(PERSON, MatchMethod.ID_NUMBER, 1.0, WHY).personId()).isEqualTo(7L);
        assertThatThrownBy(() -> new Match(MatchOutcome.MATCHED, null, MatchMethod.ID_NUMBER, 1.0, WHY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Match.certain(PERSON, MatchMethod.NONE, 1.0, WHY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Match.certain(PERSON, MatchMethod.NAME_AND_UNIT, 0, WHY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUncertainMatchListsThePossiblePeople() {
        assertThat(Match.uncertain(null, MatchMethod.NAME_AND_UNIT, 0.5, WHY, List.of(PERSON)).alternatives())
                .containsExactly(PERSON);
        assertThatThrownBy(() -> Match.uncertain(7L, MatchMethod.NAME_AND_UNIT, 0.9, WHY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nobodyFoundHasNoPersonMethodOrConfidence() {
        assertThat(Match.none(MatchOutcome.NO_MATCH, List.of("未在登记库中找到此人")).confidence()).isZero();
        assertThatThrownBy(() -> new Match(MatchOutcome.PROPOSE_REGISTRATION, 7L, MatchMethod.NONE, 0, WHY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Match(MatchOutcome.NO_MATCH, null, MatchMethod.NONE, 0.3, WHY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMatchSaysWhyWithAConfidenceWithinZeroAndOne() {
        assertThatThrownBy(() -> Match.none(MatchOutcome.NO_MATCH, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Match.certain(PERSON, MatchMethod.ID_NUMBER, 1.2, WHY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Candidate(7, "陈静", 3, "某公司", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
