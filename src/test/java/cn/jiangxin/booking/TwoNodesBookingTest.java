package cn.jiangxin.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.testsupport.TwoNodes;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database ({@link TwoNodes}; with {@code -Dtest.db=postgres} a PostgreSQL schema): 100
 * leading talents book a checkup slot of 10 of the demo clinic, half through each node at once, 10 of them twice with
 * the same key: exactly 10 booked, each booked talent's use counted once, nobody twice.
 */
class TwoNodesBookingTest extends TwoNodes {

    @Test
    void aHundredBookingsOnTwoNodesForTenSeats() throws Exception {
        ConfigurableApplicationContext first = contexts.get(0);
        BookingFixture fx = new BookingFixture(first);
        DemoLogins logins = first.getBean(DemoLogins.class);
        CurrentUser officer = logins.as("officer2", u -> u);
        List<Long> persons = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            persons.add(fx.talent(officer, BookingFixture.name("两节点预约", i)));
        }
        Slots slots = first.getBean(Slots.class);
        LocalDate day = fx.certification(persons.get(0)).supportStart().plusDays(5);
        LocalTime start = LocalTime.of(13, 30);
        long clinic = logins.as("clinic", user -> {
            slots.publish(user, null, SlotPattern.single(BookingFixture.CHECKUP, day, start, LocalTime.of(15, 0), 10,
                    "朝阳区体检中心二楼", "空腹、身份证"));
            return user.accountId();
        });
        long slot = fx.jdbc.sql("SELECT id FROM booking_slot WHERE venue_account = ? AND slot_date = ? AND start_time = ?")
                .params(clinic, day, start).query(Long.class).single();
        List<Bookings> nodes = contexts.stream().map(c -> c.getBean(Bookings.class)).toList();
        List<Long> ids = BookingRace.run(nodes, slot, persons, 10, officer.accountId());
        BookingRace.check(fx, slot, 10, persons, ids, day);
    }
}
