package cn.jiangxin.care;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import cn.jiangxin.benefit.Entitlement;
import cn.jiangxin.benefit.Entitlements;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestTalents;
import org.springframework.context.ApplicationContext;

/**
 * Leading talents for the care tests: a new person of the kit officer's unit certified on the day the clock is set to,
 * through the real nomination and certification services, once the benefit module has granted the entitlements.
 */
final class CareFixture {

    final Staff staff;
    final People people;
    final Nominations nominations;
    final Certifications certifications;
    final Entitlements entitlements;
    final CareRounds rounds;
    final MutableClock clock;

    CareFixture(ApplicationContext context) {
        this.staff = context.getBean(Staff.class);
        this.people = context.getBean(People.class);
        this.nominations = context.getBean(Nominations.class);
        this.certifications = context.getBean(Certifications.class);
        this.entitlements = context.getBean(Entitlements.class);
        this.rounds = context.getBean(CareRounds.class);
        this.clock = context.getBean(MutableClock.class);
    }

    void today(LocalDate day) {
        clock.set(day.atTime(LocalTime.of(10, 0)).atZone(BeijingTime.ZONE).toInstant());
    }

    /** A talent certified on {@code day} (the clock is left there), with the entitlements granted. */
    long certifiedOn(LocalDate day, String name) {
        today(day);
        long person = TestTalents.certifiedToday(people, nominations, certifications, staff.officer(), name, "焊工");
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (entitlements.ofPerson(person, day).isEmpty()) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("entitlements of " + name + " were not granted");
            }
            sleep();
        }
        return person;
    }

    /** The person's HOLIDAY_CARE entitlement as it stands on {@code day}. */
    Entitlement care(long person, LocalDate day) {
        return entitlements.ofPerson(person, day).stream().filter(e -> e.code().equals("HOLIDAY_CARE")).findFirst()
                .orElseThrow();
    }

    long round(String name, LocalDate from, LocalDate to) {
        return rounds.plan(staff.policy(), new NewRound(name, Occasion.SPRING_FESTIVAL, from, to, "测试"));
    }

    CareVisit visitOf(long round, long person) {
        return rounds.visits(staff.policy(), round).stream().filter(v -> v.personId() == person).findFirst()
                .orElseThrow();
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
