package cn.jiangxin.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.benefit.VenueServices;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Race;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 100 talents book a checkup slot of 10 at once, in threads (H2, or PostgreSQL with {@code -Dtest.db=postgres}):
 * exactly 10 booked, each booked talent's use counted once, nobody twice, 10 bookings sent twice with the same key
 * answered with the same booking; and a cancellation racing bookings for the seat it frees leaves the seats and the
 * uses consistent.
 */
@JiangxinTest
class BookingConcurrencyTest {

    @Autowired ApplicationContext context;
    @Autowired Bookings bookings;
    @Autowired Slots slots;
    @Autowired VenueServices venues;
    @Autowired Staff staff;

    CurrentUser clinic() {
        CurrentUser clinic = staff.bureau("kit-clinic-race", "测试并发体检中心", Role.PROVIDER);
        venues.set(staff.admin(), clinic.accountId(), List.of(BookingFixture.CHECKUP));
        return clinic;
    }

    /** n talents of a unit of their own, and a slot of the capacity {@code inDays} from today: the slot's id. */
    long setUp(BookingFixture fx, CurrentUser officer, String prefix, int n, List<Long> persons, int capacity,
            int inDays) {
        for (int i = 0; i < n; i++) {
            persons.add(fx.talent(officer, BookingFixture.name(prefix, i)));
        }
        CurrentUser clinic = clinic();
        LocalDate day = slots.today().plusDays(inDays);
        slots.publish(clinic, null, BookingFixture.slot(day, capacity));
        return fx.slotId(clinic.accountId(), day);
    }

    @Test
    void aHundredBookingsForTenSeatsAtOnce() throws Exception {
        BookingFixture fx = new BookingFixture(context);
        CurrentUser officer = staff.officer("kit-officer-booking-race", "测试预约并发单位", "EMPLOYER");
        List<Long> persons = new ArrayList<>();
        long slot = setUp(fx, officer, "预约", 100, persons, 10, 9);
        List<Long> ids = BookingRace.run(List.of(bookings), slot, persons, 10, officer.accountId());
        BookingRace.check(fx, slot, 10, persons, ids, slots.today().plusDays(9));
    }

    @Test
    void aCancellationRacingBookingsLeavesConsistentCounts() throws Exception {
        BookingFixture fx = new BookingFixture(context);
        CurrentUser officer = staff.officer("kit-officer-booking-cancel", "测试预约取消单位", "EMPLOYER");
        List<Long> persons = new ArrayList<>();
        long slot = setUp(fx, officer, "取消竞争", 6, persons, 1, 11);
        LocalDate day = slots.today().plusDays(11);
        Booking first = bookings.book(persons.get(0), slot, "first-booking-" + slot, officer.accountId());
        List<Race.Outcome> outcomes = Race.run(6, i -> i == 0 ? bookings.cancel(first)
                : bookings.book(persons.get(i), slot, "racing-" + slot + "-" + i, officer.accountId()));
        assertThat(outcomes.get(0).succeeded()).as("the cancellation").isTrue();
        long won = outcomes.stream().skip(1).filter(Race.Outcome::succeeded).count();
        assertThat(won).as("at most the freed seat").isLessThanOrEqualTo(1);
        assertThat(fx.seated(slot)).isEqualTo(won).isEqualTo(fx.held(slot));
        assertThat(fx.used(persons.get(0), day)).as("the cancelled talent's use came back").isZero();
        for (int i = 1; i < 6; i++) {
            assertThat(fx.used(persons.get(i), day)).isEqualTo(outcomes.get(i).succeeded() ? 1 : 0);
        }
    }
}
