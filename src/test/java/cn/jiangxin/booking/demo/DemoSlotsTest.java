package cn.jiangxin.booking.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.benefit.VenueServices;
import cn.jiangxin.booking.Slots;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.testsupport.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo clinic (booking.demo.DemoSlots): the account “clinic” offers health checkups and has Tuesday and Thursday
 * morning slots of 10 for the next four weeks; nobody is booked (the demo talent books himself in the journey), and
 * starting the demo again adds nothing that is there.
 */
@DemoTest
class DemoSlotsTest {

    @Autowired DemoLogins logins;
    @Autowired VenueServices venues;
    @Autowired Slots slots;
    @Autowired JdbcClient jdbc;
    @Autowired DemoSlots seeder;

    @Test
    void theClinicOffersCheckupsWithTuesdayAndThursdaySlotsForFourWeeksAndNobodyBooked() throws Exception {
        long clinic = logins.as("clinic", u -> u.accountId());
        assertThat(venues.offeredBy(clinic)).containsExactly("HEALTH_CHECKUP");
        List<LocalDate> days = jdbc.sql("SELECT slot_date FROM booking_slot WHERE venue_account = ? AND capacity = 10"
                + " AND start_time = ? ORDER BY slot_date").params(clinic, java.time.LocalTime.of(8, 0))
                .query(LocalDate.class).list();
        LocalDate today = slots.today();
        List<LocalDate> expected = today.plusDays(1).datesUntil(today.plusWeeks(4).plusDays(1))
                .filter(d -> d.getDayOfWeek() == DayOfWeek.TUESDAY || d.getDayOfWeek() == DayOfWeek.THURSDAY).toList();
        assertThat(days).containsAll(expected);
        seeder.run(null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking_slot WHERE venue_account = ? AND start_time = ?")
                .params(clinic, java.time.LocalTime.of(8, 0)).query(Long.class).single()).isEqualTo(days.size());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking b JOIN booking_slot s ON s.id = b.slot_id"
                + " WHERE s.venue_account = ?").param(clinic).query(Long.class).single()).isZero();
    }
}
