package cn.jiangxin.offering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import cn.jiangxin.policy.PolicyTerms;
import cn.jiangxin.policy.ShippedPacks;
import org.junit.jupiter.api.Test;

/**
 * The priority rule copied from the policy (held share rounded up, held for the pack's days but never past the close;
 * or a priority window before the opening), and who gets a seat while seats are held.
 */
class PriorityRuleTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 6, 1);
    private static final LocalDate CLOSES = LocalDate.of(2026, 6, 14);

    @Test
    void theShippedPackHoldsTwentyPerCentRoundedUpForSevenDays() {
        PolicyTerms terms = ShippedPacks.chaoyang2025Draft().terms();
        PriorityRule thirty = PriorityRule.of(terms, 30, OPENS, CLOSES);
        assertThat(thirty.kind()).isEqualTo(PriorityRule.Kind.HELD_SHARE);
        assertThat(thirty.heldSeats()).isEqualTo(6);
        assertThat(thirty.heldUntil()).isEqualTo(LocalDate.of(2026, 6, 7));
        assertThat(thirty.priorityFrom()).isEqualTo(OPENS);
        assertThat(PriorityRule.of(terms, 2, OPENS, CLOSES).heldSeats()).isEqualTo(1);
        assertThat(PriorityRule.of(terms, 5, OPENS, CLOSES).heldSeats()).isEqualTo(1);
        assertThat(PriorityRule.of(terms, 6, OPENS, CLOSES).heldSeats()).isEqualTo(2);
        assertThat(thirty.holdingOn(LocalDate.of(2026, 6, 7))).isTrue();
        assertThat(thirty.holdingOn(LocalDate.of(2026, 6, 8))).isFalse();
        assertThat(thirty.releaseDueOn(LocalDate.of(2026, 6, 7))).isFalse();
        assertThat(thirty.releaseDueOn(LocalDate.of(2026, 6, 8))).isTrue();
    }

    @Test
    void heldSeatsAreNeverKeptPastTheCloseNorMoreThanEverySeat() {
        PolicyTerms terms = ShippedPacks.chaoyang2025DraftWith(Map.of("offering.heldSharePercent", "250",
                "offering.holdDays", "30")).terms();
        PriorityRule rule = PriorityRule.of(terms, 7, OPENS, CLOSES);
        assertThat(rule.heldSeats()).isEqualTo(7);
        assertThat(rule.heldUntil()).isEqualTo(CLOSES);
        PolicyTerms none = ShippedPacks.chaoyang2025DraftWith(Map.of("offering.heldSharePercent", "0")).terms();
        assertThat(PriorityRule.of(none, 7, OPENS, CLOSES).holdingOn(OPENS)).isFalse();
    }

    @Test
    void aPriorityWindowLetsLeadingTalentsSignUpTheDaysBeforeAndHoldsNothing() {
        PolicyTerms terms = ShippedPacks.chaoyang2025DraftWith(Map.of("offering.priorityRule", "PRIORITY_WINDOW",
                "offering.priorityWindowDays", "3")).terms();
        PriorityRule rule = PriorityRule.of(terms, 30, OPENS, CLOSES);
        assertThat(rule.kind()).isEqualTo(PriorityRule.Kind.PRIORITY_WINDOW);
        assertThat(rule.priorityFrom()).isEqualTo(LocalDate.of(2026, 5, 29));
        assertThat(rule.heldSeats()).isZero();
        assertThat(rule.holdingOn(OPENS)).isFalse();
        assertThat(rule.releaseDueOn(CLOSES.plusDays(1))).isFalse();
    }

    @Test
    void whileSeatsAreHeldOthersTakeOnlyTheSeatsNotHeld() {
        SeatAvailable empty = new SeatAvailable(5, 2, true, 0, 0);
        assertThat(empty.fits(false)).isTrue();
        SeatAvailable threeOthers = new SeatAvailable(5, 2, true, 0, 3);
        assertThat(threeOthers.fits(false)).as("the two left are held").isFalse();
        assertThat(threeOthers.fits(true)).isTrue();
        assertThat(threeOthers.heldFree()).isEqualTo(2);
        SeatAvailable leadersBeyondTheHeld = new SeatAvailable(5, 2, true, 3, 1);
        assertThat(leadersBeyondTheHeld.fits(false)).as("leaders took general seats too; one left").isTrue();
        assertThat(new SeatAvailable(5, 2, false, 0, 3).fits(false)).as("released").isTrue();
        assertThat(new SeatAvailable(5, 2, true, 2, 3).fits(true)).as("full").isFalse();
    }

    @Test
    void onlyLeadingTalentsSignUpInThePriorityWindow() {
        Offering o = new Offering(1, OfferingKind.ACTIVITY, "t", "", CLOSES.plusDays(5), CLOSES.plusDays(5), "p", 10,
                OPENS, CLOSES, true, true, new PriorityRule(PriorityRule.Kind.PRIORITY_WINDOW, 0, null,
                        OPENS.minusDays(3)), "v", null, null);
        LocalDate early = OPENS.minusDays(1);
        assertThat(SignUpOpen.refusal(o, Enrolment.Channel.UNIT, true, early)).isEmpty();
        assertThat(SignUpOpen.refusal(o, Enrolment.Channel.UNIT, false, early)).contains("offering.error.priorityWindow");
        assertThat(SignUpOpen.refusal(o, Enrolment.Channel.UNIT, true, OPENS.minusDays(4)))
                .contains("offering.error.signupNotOpen");
        assertThat(SignUpOpen.refusal(o, Enrolment.Channel.UNIT, false, OPENS)).isEmpty();
        assertThat(SignUpOpen.refusal(o, Enrolment.Channel.TALENT, true, CLOSES.plusDays(1)))
                .contains("offering.error.signupClosed");
        assertThat(o.stageOn(early)).isEqualTo(Offering.Stage.PRIORITY);
    }
}
