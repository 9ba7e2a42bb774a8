package cn.jiangxin.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import cn.jiangxin.benefit.Entitlement;
import cn.jiangxin.benefit.Entitlements;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.TestTalents;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Leading talents for booking tests, certified through the real services ({@link TestTalents}) and waited for until
 * the benefit module has granted their entitlements (after the certification's commit), and what a test counts.
 */
final class BookingFixture {

    static final String CHECKUP = "HEALTH_CHECKUP";

    final People people;
    final Nominations nominations;
    final Certifications certifications;
    final Entitlements entitlements;
    final JdbcClient jdbc;

    BookingFixture(ApplicationContext context) {
        this.people = context.getBean(People.class);
        this.nominations = context.getBean(Nominations.class);
        this.certifications = context.getBean(Certifications.class);
        this.entitlements = context.getBean(Entitlements.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** A person of the officer's unit, certified today, with the entitlements granted; answers the person. */
    long talent(CurrentUser officer, String name) {
        long person = TestTalents.certifiedToday(people, nominations, certifications, officer, name, "焊工");
        Certification c = certification(person);
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (entitlements.ofPerson(person, c.supportStart()).isEmpty()) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("entitlements of person " + person + " were not granted");
            }
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return person;
    }

    /** A TALENT account of the person, signed in as the services see it. */
    static CurrentUser account(ApplicationContext context, long person) {
        String username = "kit-booker-" + person;
        cn.jiangxin.testsupport.TestAccounts.talent(context.getBean(cn.jiangxin.identity.AccountRegistry.class),
                context.getBean(JdbcClient.class), username, "预约人才" + person, "Booking-Test-2026", person);
        return context.getBean(cn.jiangxin.testsupport.Staff.class).signedIn(username);
    }

    /** Notifications the account was sent under the event key. */
    long notices(long account, String eventKey) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_account_id = ? AND event_key = ?")
                .params(account, eventKey).query(Long.class).single();
    }

    /** Waits (after-commit listeners run on their own thread) until the account was sent the notice. */
    void awaitNotice(long account, String eventKey) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (notices(account, eventKey) == 0 && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
    }

    Certification certification(long person) {
        return certifications.ofPerson(person).get(0);
    }

    /** Uses of the checkup counted in the support year covering the day. */
    int used(long person, LocalDate on) {
        return entitlements.ofPerson(person, on).stream().filter(e -> e.code().equals(CHECKUP)).findFirst()
                .map(Entitlement::usedThisYear).orElseThrow();
    }

    /** A name for the i-th test person: Chinese characters only, distinct per i. */
    static String name(String prefix, int i) {
        String digits = "零一二三四五六七八九";
        return prefix + digits.charAt(i / 100 % 10) + digits.charAt(i / 10 % 10) + digits.charAt(i % 10);
    }

    static SlotPattern slot(LocalDate day, int capacity) {
        return SlotPattern.single(CHECKUP, day, LocalTime.of(8, 0), LocalTime.of(10, 0), capacity, "测试体检中心二楼",
                "空腹、身份证");
    }

    long slotId(long venue, LocalDate day) {
        return jdbc.sql("SELECT id FROM booking_slot WHERE venue_account = ? AND service = ? AND slot_date = ?"
                + " AND start_time = ?").params(venue, CHECKUP, day, LocalTime.of(8, 0)).query(Long.class).single();
    }

    /** Bookings of the slot taking a seat. */
    long seated(long slotId) {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE slot_id = ? AND status = 'BOOKED'").param(slotId)
                .query(Long.class).single();
    }

    /** Held uses of bookings of the slot (the quota they take). */
    long held(long slotId) {
        return jdbc.sql("SELECT COUNT(*) FROM service_hold h JOIN booking b ON b.hold_key = h.hold_key"
                + " WHERE b.slot_id = ? AND h.state = 'HELD'").param(slotId).query(Long.class).single();
    }
}
