package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Issue 16 item 4 at the venue's ID-number desk: a booking due that day at this venue is redeemed instead of counted
 * again, a walk-in for a service used by appointment is refused in words and audited, an undo gives the booking back.
 */
@JiangxinTest
@MovableClock
@RecordApplicationEvents
class BookedRedemptionTest {

    static final LocalDate START = LocalDate.of(2026, 5, 1);
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired Staff staff;
    @Autowired EntitlementGrants grants;
    @Autowired Entitlements entitlements;
    @Autowired ServiceHolds holds;
    @Autowired VenueServices venues;
    @Autowired People people;
    @Autowired Units units;
    @Autowired AuditTrail audit;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    CurrentUser venue;

    @BeforeEach
    void setUp() {
        venue = BenefitFixture.venueOfferingAll(staff, venues);
        BenefitFixture.setToday(clock, DAY);
    }

    long certified(String name) {
        long person = BenefitFixture.newPerson(people, units, name);
        grants.grant(BenefitFixture.certified(person, START));
        return person;
    }

    RedemptionOutcome use(long person, String code) {
        return entitlements.redeem(venue, new RedemptionRequest(person, code, DAY, UUID.randomUUID().toString()));
    }

    Entitlement entitlement(long person, String code) {
        return entitlements.ofPerson(person, DAY).stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aBookingIsRedeemedOnceAtItsVenueOnItsDayAndTheTalentSeesOneUse() {
        long person = certified("预约甲");
        ServiceHold hold = holds.hold(person, "HEALTH_CHECKUP", DAY, venue.accountId(), "BOOKING:" + UUID.randomUUID());

        RedemptionOutcome outcome = use(person, "HEALTH_CHECKUP");
        assertThat(outcome.redemption().holdKey()).isEqualTo(hold.key());
        assertThat(outcome.entitlement().usedThisYear()).isEqualTo(1);
        assertThat(holds.find(hold.key()).orElseThrow().state()).isEqualTo(ServiceHold.State.USED);
        assertThat(events.stream(HeldServiceUsed.class).filter(e -> e.holdKey().equals(hold.key())))
                .singleElement().satisfies(e -> assertThat(e.redemptionId()).isEqualTo(outcome.redemption().id()));
        assertThat(entitlements.redemptionsOfPerson(person)).singleElement()
                .satisfies(r -> assertThat(r.booked()).isTrue());
        assertThat(audit.latest(Staff.VENUE, "entitlement", String.valueOf(entitlement(person, "HEALTH_CHECKUP").id()), 5))
                .extracting(r -> r.action()).contains("SERVICE_REDEEMED");

        assertThatThrownBy(() -> use(person, "HEALTH_CHECKUP")).isInstanceOf(RedemptionRefused.class)
                .hasMessage("“体检”须预约后使用：该人才今天在本机构没有预约")
                .satisfies(e -> assertThat(((RedemptionRefused) e).reason())
                        .isEqualTo(RedemptionRefused.Reason.BOOKING_REQUIRED));
        assertThat(entitlement(person, "HEALTH_CHECKUP").usedThisYear()).isEqualTo(1);
        assertThat(audit.latest(Staff.VENUE, "person", String.valueOf(person), 5)).extracting(r -> r.action())
                .contains("SERVICE_REDEMPTION_REFUSED");

        entitlements.undo(venue, outcome.redemption().id());
        assertThat(holds.find(hold.key()).orElseThrow().state()).isEqualTo(ServiceHold.State.HELD);
        assertThat(entitlement(person, "HEALTH_CHECKUP").usedThisYear()).isEqualTo(1);
        assertThat(events.stream(HeldServiceUseTakenBack.class).filter(e -> e.holdKey().equals(hold.key())))
                .singleElement().satisfies(e -> assertThat(e.redemptionId()).isEqualTo(outcome.redemption().id()));
    }

    @Test
    void aBookingOfAServiceWithoutBookingRequiredIsRedeemedAndAnOrdinaryUseIsUndoneAsBefore() {
        long person = certified("预约乙");
        ServiceHold hold = holds.hold(person, "CINEMA", DAY, venue.accountId(), "BOOKING:" + UUID.randomUUID());
        RedemptionOutcome booked = use(person, "CINEMA");
        assertThat(booked.redemption().booked()).isTrue();
        assertThat(entitlement(person, "CINEMA").usedThisYear()).isEqualTo(1);

        RedemptionOutcome walkIn = use(person, "CINEMA");
        assertThat(walkIn.redemption().booked()).isFalse();
        assertThat(entitlement(person, "CINEMA").usedThisYear()).isEqualTo(2);
        entitlements.undo(venue, walkIn.redemption().id());
        assertThat(entitlement(person, "CINEMA").usedThisYear()).isEqualTo(1);
        assertThat(holds.find(hold.key()).orElseThrow().state()).isEqualTo(ServiceHold.State.USED);
        assertThat(events.stream(HeldServiceUseTakenBack.class).filter(e -> e.holdKey().equals(hold.key()))).isEmpty();
    }
}
