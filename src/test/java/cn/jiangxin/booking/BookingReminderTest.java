package cn.jiangxin.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.jiangxin.benefit.VenueServices;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Race;
import cn.jiangxin.testsupport.Staff;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The day-before reminder: two runs at once (as two nodes would, were the lock to lapse) remind each talent booked
 * for tomorrow once, in the application; a cancelled booking and one for the day after are not reminded; the job runs
 * hourly under a ShedLock lock.
 */
@JiangxinTest
@MovableClock
class BookingReminderTest {

    @Autowired ApplicationContext context;
    @Autowired Bookings bookings;
    @Autowired Slots slots;
    @Autowired VenueServices venues;
    @Autowired Staff staff;
    @Autowired MutableClock clock;

    @Test
    void twoRunsAtOnceRemindEachTalentBookedForTomorrowOnce() throws Exception {
        LocalDate today = LocalDate.of(2026, 4, 6);
        clock.set(today.atTime(9, 0).atZone(BeijingTime.ZONE).toInstant());
        BookingFixture fx = new BookingFixture(context);
        CurrentUser officer = staff.officer("kit-officer-booking-remind", "测试预约提醒单位", "EMPLOYER");
        CurrentUser clinic = staff.bureau("kit-clinic-remind", "测试提醒体检中心", Role.PROVIDER);
        venues.set(staff.admin(), clinic.accountId(), List.of(BookingFixture.CHECKUP));
        long a = fx.talent(officer, "提醒甲");
        long b = fx.talent(officer, "提醒乙");
        long c = fx.talent(officer, "提醒丙");
        LocalDate day = fx.certification(a).supportStart().plusDays(3);
        slots.publish(clinic, null, BookingFixture.slot(day, 5));
        slots.publish(clinic, null, BookingFixture.slot(day.plusDays(1), 5));
        long slot = fx.slotId(clinic.accountId(), day);
        long later = fx.slotId(clinic.accountId(), day.plusDays(1));
        Booking ba = bookings.book(a, slot, "remind-a-" + slot, officer.accountId());
        Booking bb = bookings.book(b, slot, "remind-b-" + slot, officer.accountId());
        Booking bc = bookings.book(c, later, "remind-c-" + later, officer.accountId());
        CurrentUser ta = BookingFixture.account(context, a);
        BookingFixture.account(context, b);

        clock.set(LocalDateTime.of(day.minusDays(1), java.time.LocalTime.of(7, 30)).atZone(BeijingTime.ZONE)
                .toInstant());
        bookings.cancel(bb);
        List<Race.Outcome> runs = Race.run(2, i -> bookings.remindDue());
        int reminded = runs.stream().mapToInt(r -> (Integer) r.result()).sum();
        assertThat(reminded).as("the booking of tomorrow, once").isEqualTo(1);
        assertThat(bookings.remindDue()).as("a later run").isZero();
        assertThat(remindedAt(ba.id())).isTrue();
        assertThat(remindedAt(bb.id())).as("cancelled").isFalse();
        assertThat(remindedAt(bc.id())).as("the day after").isFalse();
        fx.awaitNotice(ta.accountId(), "booking-reminder:" + ba.id());
        assertThat(fx.notices(ta.accountId(), "booking-reminder:" + ba.id())).isEqualTo(1);
    }

    @Test
    void theJobRunsHourlyUnderTheShedLockLock() throws Exception {
        var method = BookingReminderJob.class.getMethod("remind");
        assertThat(method.getAnnotation(SchedulerLock.class).name()).isEqualTo("booking-reminders");
        assertThat(method.getAnnotation(Scheduled.class).fixedDelayString()).contains("PT1H");
    }

    private boolean remindedAt(long booking) {
        return new BookingFixture(context).jdbc.sql("SELECT reminded_at FROM booking WHERE id = ?").param(booking)
                .query((rs, n) -> rs.getObject(1) != null).single();
    }
}
