package cn.jiangxin.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import cn.jiangxin.benefit.HeldServiceUseTakenBack;
import cn.jiangxin.benefit.HeldServiceUsed;
import cn.jiangxin.benefit.RedemptionRefused;
import cn.jiangxin.benefit.ServiceHold;
import cn.jiangxin.benefit.ServiceHolds;
import cn.jiangxin.benefit.VenueServices;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bookings through the services with a clock the test moves: quotas per support year across the year boundary and
 * back after a cancellation, the cancellation deadline to the second, a slot cancelled by its venue, no-shows under
 * both values of the policy, weekly patterns published twice, attendance from the venue's scan events.
 */
@JiangxinTest
@MovableClock
class BookingFlowTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired ApplicationContext context;
    @Autowired Bookings bookings;
    @Autowired Slots slots;
    @Autowired ServiceHolds holds;
    @Autowired VenueServices venues;
    @Autowired Staff staff;
    @Autowired MutableClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    BookingFixture fx;
    CurrentUser officer;
    CurrentUser clinic;

    @BeforeEach
    void setUp() {
        at(TODAY.atTime(10, 0));
        fx = new BookingFixture(context);
        officer = staff.officer("kit-officer-booking-flow", "测试预约流程单位", "EMPLOYER");
        clinic = staff.bureau("kit-clinic-flow", "测试体检中心", Role.PROVIDER);
        venues.set(staff.admin(), clinic.accountId(), List.of(BookingFixture.CHECKUP, "PARK_VISIT"));
    }

    void at(LocalDateTime beijing) {
        clock.set(beijing.atZone(BeijingTime.ZONE).toInstant());
    }

    long slot(LocalDate day, int capacity) {
        slots.publish(clinic, null, BookingFixture.slot(day, capacity));
        return fx.slotId(clinic.accountId(), day);
    }

    /** The n-th day after the person's support period starts (it may start after the day of certification). */
    LocalDate day(long person, int n) {
        LocalDate start = fx.certification(person).supportStart();
        return (start.isAfter(TODAY) ? start : TODAY).plusDays(n);
    }

    String key() {
        return java.util.UUID.randomUUID().toString();
    }

    @Test
    void aBookingCountsInTheSupportYearOfItsDayAndACancellationGivesTheUseBack() {
        long person = fx.talent(officer, "跨年预约");
        CurrentUser talent = BookingFixture.account(context, person);
        LocalDate start = fx.certification(person).supportStart();
        LocalDate yearTwo = start.plusYears(1);
        LocalDate first = day(person, 2);
        long tomorrow = slot(first, 5);
        long later = slot(day(person, 4), 5);
        long firstOfYearTwo = slot(yearTwo, 5);

        Booking b = bookings.book(talent, tomorrow, key());
        assertThat(fx.used(person, first)).isEqualTo(1);
        assertThatThrownBy(() -> bookings.book(talent, later, key()))
                .isInstanceOfSatisfying(RedemptionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RedemptionRefused.Reason.QUOTA_EXHAUSTED))
                .hasMessageContaining("已全部使用");
        assertThat(fx.seated(later)).as("the refused booking wrote nothing").isZero();

        Booking nextYear = bookings.book(talent, firstOfYearTwo, key());
        assertThat(holds.find(nextYear.holdKey()).orElseThrow().supportYear()).isEqualTo(2);
        assertThat(fx.used(person, yearTwo)).isEqualTo(1);
        assertThat(fx.used(person, first)).as("year one unchanged").isEqualTo(1);
        assertThat(bookings.offer(talent).refusals()).extracting(Bookings.Refusal::reason)
                .containsExactly("booking.why.quotaUsed");

        bookings.cancel(talent, b.id());
        assertThat(fx.used(person, first)).as("the use came back").isZero();
        assertThat(holds.find(b.holdKey()).orElseThrow().state()).isEqualTo(ServiceHold.State.RELEASED);
        assertThat(bookings.offer(talent).slots()).extracting(Slot::id).contains(later);
        Booking again = bookings.book(talent, later, key());
        assertThat(again.status()).isEqualTo(Booking.Status.BOOKED);
        assertThat(fx.used(person, first)).isEqualTo(1);
    }

    @Test
    void aTalentCancelsUntilTheDeadlineAndNotASecondLater() {
        long person = fx.talent(officer, "截止预约");
        CurrentUser talent = BookingFixture.account(context, person);
        LocalDate day = day(person, 5);
        long slot = slot(day, 3);
        int hours = slots.terms().bookingCancelDeadlineHours();
        LocalDateTime deadline = day.atTime(8, 0).minusHours(hours);

        Booking b = bookings.book(talent, slot, key());
        at(deadline.minusSeconds(1));
        assertThat(bookings.cancel(talent, b.id()).status()).isEqualTo(Booking.Status.CANCELLED);
        Booking again = bookings.book(talent, slot, key());
        assertThat(again.id()).as("the same row, booked again").isEqualTo(b.id());
        assertThat(again.holdKey()).isEqualTo("BOOKING:" + b.id() + "-2");
        assertThat(fx.used(person, day)).isEqualTo(1);
        at(deadline);
        assertThatThrownBy(() -> bookings.cancel(talent, b.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("booking.error.deadlinePassed");
        assertThat(fx.used(person, day)).isEqualTo(1);
        assertThat(fx.seated(slot)).isEqualTo(1);
    }

    @Test
    void aSlotCancelledByTheVenueCancelsItsBookingsGivesTheUsesBackAndTellsTheTalents() throws Exception {
        long a = fx.talent(officer, "取消时段甲");
        long b = fx.talent(officer, "取消时段乙");
        CurrentUser ta = BookingFixture.account(context, a);
        CurrentUser tb = BookingFixture.account(context, b);
        LocalDate day = day(a, 6);
        long slot = slot(day, 4);
        bookings.book(ta, slot, key());
        bookings.book(tb, slot, key());
        assertThatThrownBy(() -> slots.cancel(clinic, slot, " ")).hasMessage("booking.error.reason");
        CurrentUser otherVenue = staff.venue();
        assertThatThrownBy(() -> slots.cancel(otherVenue, slot, "设备检修"))
                .isInstanceOf(cn.jiangxin.platform.NotFoundException.class);

        Slot cancelled = slots.cancel(clinic, slot, "设备检修");
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(fx.seated(slot)).isZero();
        assertThat(fx.held(slot)).isZero();
        assertThat(fx.used(a, day)).isZero();
        assertThat(fx.used(b, day)).isZero();
        assertThatThrownBy(() -> bookings.book(ta, slot, key())).hasMessage("booking.error.slotCancelled");
        for (CurrentUser t : List.of(ta, tb)) {
            String eventKey = "booking-slot-cancelled:" + slot + ":" + t.person().orElseThrow();
            fx.awaitNotice(t.accountId(), eventKey);
            assertThat(fx.notices(t.accountId(), eventKey)).as("told once").isEqualTo(1);
        }
    }

    @Test
    void aNoShowUsesTheQuotaOrGivesItBackAsThePolicySays() {
        assertThat(slots.terms().noShowUsesQuota()).as("the Chaoyang pack's (provisional) value").isTrue();
        long person = fx.talent(officer, "未到预约");
        CurrentUser talent = BookingFixture.account(context, person);
        LocalDate day = day(person, 2);
        long slot = slot(day, 2);
        Booking b = bookings.book(talent, slot, key());
        assertThatThrownBy(() -> slots.recordNoShow(clinic, b.id())).hasMessage("booking.error.notEnded");
        at(day.atTime(10, 0));
        assertThat(slots.recordNoShow(clinic, b.id()).status()).isEqualTo(Booking.Status.NO_SHOW);
        assertThat(holds.find(b.holdKey()).orElseThrow().state()).isEqualTo(ServiceHold.State.USED);
        assertThat(fx.used(person, day)).isEqualTo(1);
        assertThatThrownBy(() -> slots.recordNoShow(clinic, b.id())).hasMessage("booking.error.notBooked");

        // the rule with both values, on holds of its own
        long other = fx.talent(officer, "未到规则");
        LocalDate onDay = day(other, 1);
        String counted = "BOOKING:rule-" + other + "-a";
        holds.hold(other, "PARK_VISIT", onDay, clinic.accountId(), counted);
        assertThat(new BookingRules(24, true).settleNoShow(holds, counted)).isTrue();
        assertThat(holds.find(counted).orElseThrow().state()).isEqualTo(ServiceHold.State.USED);
        String returned = "BOOKING:rule-" + other + "-b";
        holds.hold(other, "PARK_VISIT", onDay, clinic.accountId(), returned);
        assertThat(new BookingRules(24, false).settleNoShow(holds, returned)).isFalse();
        assertThat(holds.find(returned).orElseThrow().state()).isEqualTo(ServiceHold.State.RELEASED);
    }

    @Test
    void aWeeklyPatternPublishedTwiceMakesEachSlotOnce() {
        CurrentUser venue = staff.bureau("kit-clinic-pattern", "测试体检中心（周）", Role.PROVIDER);
        venues.set(staff.admin(), venue.accountId(), List.of(BookingFixture.CHECKUP));
        SlotPattern pattern = new SlotPattern(BookingFixture.CHECKUP, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                TODAY, TODAY.plusWeeks(4).minusDays(1), LocalTime.of(8, 0), LocalTime.of(10, 0), 10, "二楼", "空腹");
        assertThat(slots.publish(venue, null, pattern)).isEqualTo(8);
        assertThat(slots.publish(venue, null, pattern)).as("again: nothing new").isZero();
        assertThat(fx.jdbc.sql("SELECT COUNT(*) FROM booking_slot WHERE venue_account = ?").param(venue.accountId())
                .query(Long.class).single()).isEqualTo(8);
        SlotPattern longer = new SlotPattern(BookingFixture.CHECKUP, Set.of(DayOfWeek.TUESDAY), TODAY,
                TODAY.plusWeeks(5), LocalTime.of(8, 0), LocalTime.of(10, 0), 10, "二楼", "空腹");
        assertThat(slots.publish(venue, null, longer)).as("only the Tuesday of week five").isEqualTo(1);
        SlotPattern afternoon = SlotPattern.single(BookingFixture.CHECKUP, TODAY.plusDays(2), LocalTime.of(14, 0),
                LocalTime.of(15, 0), 4, "二楼", "");
        assertThat(slots.publish(staff.admin(), venue.accountId(), afternoon)).as("an administrator for the venue")
                .isEqualTo(1);
        assertThatThrownBy(() -> slots.publish(staff.admin(), null, afternoon)).hasMessage("booking.error.venue");
        assertThatThrownBy(() -> slots.publish(staff.reviewer(), venue.accountId(), afternoon))
                .hasMessage("booking.error.venue");

        assertThatThrownBy(() -> new SlotPattern(BookingFixture.CHECKUP, Set.of(DayOfWeek.MONDAY), TODAY,
                TODAY.plusWeeks(26), LocalTime.of(8, 0), LocalTime.of(10, 0), 10, "二楼", "")).hasMessage("booking.error.tooLong");
        assertThatThrownBy(() -> BookingFixture.slot(TODAY.plusDays(1), 0)).hasMessage("booking.error.capacity");
        assertThatThrownBy(() -> BookingFixture.slot(TODAY.plusDays(1), 501)).hasMessage("booking.error.capacity");
        assertThatThrownBy(() -> SlotPattern.single(BookingFixture.CHECKUP, TODAY.plusDays(1), LocalTime.of(10, 0),
                LocalTime.of(9, 0), 5, "二楼", "")).hasMessage("booking.error.window");
        assertThatThrownBy(() -> slots.publish(venue, null, BookingFixture.slot(TODAY.minusDays(1), 5)))
                .hasMessage("booking.error.past");
        assertThatThrownBy(() -> slots.publish(venue, null, SlotPattern.single("PARK_VISIT", TODAY.plusDays(1),
                LocalTime.of(8, 0), LocalTime.of(9, 0), 5, "公园", ""))).hasMessage("booking.error.notOffered");
        assertThatThrownBy(() -> slots.publish(clinic, null, SlotPattern.single("PARK_VISIT", TODAY.plusDays(1),
                LocalTime.of(8, 0), LocalTime.of(9, 0), 5, "公园", ""))).hasMessage("booking.error.noBookingNeeded");
    }

    @Test
    void theVenuesScanMarksTheBookingAttendedAndItsUndoMakesItDueAgain() throws Exception {
        long person = fx.talent(officer, "到场预约");
        CurrentUser talent = BookingFixture.account(context, person);
        long slot = slot(day(person, 1), 2);
        Booking b = bookings.book(talent, slot, key());
        tx.executeWithoutResult(s -> events.publishEvent(new HeldServiceUsed(b.holdKey(), person,
                BookingFixture.CHECKUP, clinic.accountId(), 1L, Instant.now())));
        awaitStatus(b.id(), "ATTENDED");
        tx.executeWithoutResult(s -> events.publishEvent(new HeldServiceUseTakenBack(b.holdKey(), 1L, Instant.now())));
        awaitStatus(b.id(), "BOOKED");
    }

    void awaitStatus(long booking, String status) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        String now;
        do {
            Thread.sleep(50);
            now = fx.jdbc.sql("SELECT status FROM booking WHERE id = ?").param(booking).query(String.class).single();
        } while (!now.equals(status) && Instant.now().isBefore(until));
        assertThat(now).isEqualTo(status);
    }
}
