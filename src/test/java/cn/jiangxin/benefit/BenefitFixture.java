package cn.jiangxin.benefit;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonDraft;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.TestUnits;
import cn.jiangxin.unit.Units;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Certified talents for benefit tests, each in a new unit (no demo data needed): each test gets a person
 * of its own (so certifications of other tests never cover its dates) and a certification id of its own.
 */
final class BenefitFixture {

    static final String VERSION = "chaoyang-2025-draft";
    static final String PASSWORD = "Benefit-Test-2025";
    private static final AtomicLong CERTIFICATIONS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000));

    private BenefitFixture() {
    }

    /** A valid ID number no registered person has. */
    static String newIdNumber(People people) {
        return TestPeople.unusedIdNumber(people, LocalDate.of(1970, 1, 1), 12_000, null);
    }

    static long newPerson(People people, Units units, String name) {
        String id = newIdNumber(people);
        long unit = TestUnits.register(units, TestAccounts.ROOT, "福利测试精密制造有限公司", "EMPLOYER");
        return people.register(TestAccounts.ROOT,
                PersonDraft.of(name, id, "13800138000", unit, LocalDate.of(2026, 1, 1)));
    }

    static TalentCertified certified(long personId, LocalDate start) {
        return certified(personId, start, start.plusYears(2));
    }

    static TalentCertified certified(long personId, LocalDate start, LocalDate endExclusive) {
        return new TalentCertified(CERTIFICATIONS.incrementAndGet(), personId, 1L, 1L, VERSION, start, endExclusive,
                List.of());
    }

    static void setToday(MutableClock clock, LocalDate date) {
        clock.set(date.atTime(10, 0).atZone(BeijingTime.ZONE).toInstant());
    }

    /** The kit's venue ({@link Staff#venue()}) offers every service, so tests may record any of them. */
    static CurrentUser venueOfferingAll(Staff staff, VenueServices venues) {
        CurrentUser venue = staff.venue();
        venues.set(staff.admin(), venue.accountId(), MeasureNames.SERVICES);
        return venue;
    }

    /** A TALENT account linked to the person (no page creates such accounts yet). */
    static String talentAccount(AccountRegistry accounts, JdbcClient jdbc, long personId) {
        String username = "talent-" + personId;
        TestAccounts.talent(accounts, jdbc, username, "人才" + personId, PASSWORD, personId);
        return username;
    }
}
