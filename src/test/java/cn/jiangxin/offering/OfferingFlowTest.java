package cn.jiangxin.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Offerings through the service: seats held for leading talents and released to the waiting list after their date
 * (by a read, and by the job), promotion from the waiting list on a cancellation with the people told, the priority
 * window, retries with the same request key, attendance and the completion record.
 */
@JiangxinTest
@MovableClock
class OfferingFlowTest {

    @Autowired Offerings offerings;
    @Autowired HeldSeatReleaseJob job;
    @Autowired OfferingStore store;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired Certifications certifications;
    @Autowired Staff staff;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    OfferingFixture fx;
    CurrentUser officer;
    CurrentUser policy;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        fx = new OfferingFixture(people, nominations, certifications);
        officer = staff.officer();
        policy = staff.policy();
    }

    private long publish(int seats) {
        return offerings.publish(policy, OfferingFixture.training("测试培训" + UUID.randomUUID(), seats,
                offerings.today()));
    }

    private Enrolment byUnit(long offering, long person) {
        return offerings.enrolEmployee(officer, offering, person, UUID.randomUUID().toString());
    }

    private long notificationsFor(long accountId, long offeringId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_account_id = ? AND link = ?")
                .params(accountId, "/offerings/" + offeringId).query(Long.class).single();
    }

    @Test
    void heldSeatsAreKeptForLeadingTalentsWhileOthersWait() {
        long id = publish(5);
        Offering o = offerings.find(id).orElseThrow();
        assertThat(o.priority().heldSeats()).isEqualTo(1);
        assertThat(o.priority().heldUntil()).isEqualTo(offerings.today().plusDays(6));
        for (int i = 0; i < 4; i++) {
            assertThat(byUnit(id, fx.employee(officer, OfferingFixture.name("职工", i))).status()).isEqualTo(Enrolment.Status.ENROLLED);
        }
        Enrolment fifth = byUnit(id, fx.employee(officer, "职工五"));
        assertThat(fifth.status()).as("the last seat is held").isEqualTo(Enrolment.Status.WAITING);
        Enrolment leader = byUnit(id, fx.leadingTalent(officer, "领军甲"));
        assertThat(leader.leadingTalent()).isTrue();
        assertThat(leader.status()).isEqualTo(Enrolment.Status.ENROLLED);
        Enrolment second = byUnit(id, fx.leadingTalent(officer, "领军乙"));
        assertThat(second.status()).as("full now").isEqualTo(Enrolment.Status.WAITING);
        assertThat(second.queueNo()).isGreaterThan(fifth.queueNo());
    }

    @Test
    void unusedHeldSeatsGoToTheWaitingListWhenTheirDateHasPassedOnTheFirstRead() {
        long id = publish(5);
        for (int i = 0; i < 4; i++) {
            byUnit(id, fx.employee(officer, OfferingFixture.name("职工", i)));
        }
        Enrolment first = byUnit(id, fx.employee(officer, "候补一"));
        Enrolment second = byUnit(id, fx.employee(officer, "候补二"));
        clock.advance(Duration.ofDays(6));
        assertThat(offerings.page(policy, id).waiting()).as("still held on the last day").isEqualTo(2);
        clock.advance(Duration.ofDays(1));
        Offerings.OfferingPage page = offerings.page(policy, id);
        assertThat(page.enrolled()).isEqualTo(5);
        assertThat(store.enrolment(first.id()).orElseThrow().status()).isEqualTo(Enrolment.Status.ENROLLED);
        assertThat(store.enrolment(first.id()).orElseThrow().promoted()).isTrue();
        assertThat(store.enrolment(second.id()).orElseThrow().status()).isEqualTo(Enrolment.Status.WAITING);
        assertThat(offerings.releaseHeldSeats(id)).as("released once").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'OFFERING_HELD_RELEASED' AND object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        await(() -> notificationsFor(officer.accountId(), id) == 1);
    }

    @Test
    void theJobReleasesHeldSeatsOfEveryOfferingWhoseDateHasPassed() {
        long id = publish(2);
        byUnit(id, fx.employee(officer, "职工"));
        Enrolment waiting = byUnit(id, fx.employee(officer, "候补"));
        assertThat(waiting.status()).isEqualTo(Enrolment.Status.WAITING);
        clock.advance(Duration.ofDays(7));
        assertThat(offerings.releaseDue()).contains(id);
        job.release();
        assertThat(store.enrolment(waiting.id()).orElseThrow().status()).isEqualTo(Enrolment.Status.ENROLLED);
        assertThat(offerings.releaseDue()).doesNotContain(id);
    }

    @Test
    void aCancellationGivesTheSeatToTheNextOnTheListWhoIsTold() {
        long id = publish(2);
        Enrolment a = byUnit(id, fx.employee(officer, "甲某"));
        Enrolment b = byUnit(id, fx.employee(officer, "乙某"));
        Enrolment leader = byUnit(id, fx.leadingTalent(officer, "领军丙"));
        assertThat(b.status()).isEqualTo(Enrolment.Status.WAITING);
        assertThat(leader.status()).isEqualTo(Enrolment.Status.ENROLLED);
        offerings.cancel(officer, a.id());
        Enrolment promoted = store.enrolment(b.id()).orElseThrow();
        assertThat(promoted.status()).isEqualTo(Enrolment.Status.ENROLLED);
        assertThat(promoted.promoted()).isTrue();
        assertThat(offerings.cancel(officer, a.id()).status()).as("twice changes nothing")
                .isEqualTo(Enrolment.Status.CANCELLED);
        assertThat(offerings.page(policy, id).enrolled()).isEqualTo(2);
        await(() -> notificationsFor(officer.accountId(), id) == 1);
    }

    @Test
    void aLeadingTalentsFreedHeldSeatIsNotGivenToOthersWhileHeld() {
        long id = publish(2);
        Enrolment leader = byUnit(id, fx.leadingTalent(officer, "领军丁"));
        byUnit(id, fx.employee(officer, "甲某"));
        Enrolment waiting = byUnit(id, fx.employee(officer, "乙某"));
        offerings.cancel(officer, leader.id());
        assertThat(store.enrolment(waiting.id()).orElseThrow().status()).isEqualTo(Enrolment.Status.WAITING);
        clock.advance(Duration.ofDays(7));
        offerings.page(officer, id);
        assertThat(store.enrolment(waiting.id()).orElseThrow().status()).isEqualTo(Enrolment.Status.ENROLLED);
    }

    @Test
    void underAPriorityWindowOnlyLeadingTalentsSignUpBeforeTheOpening() {
        LocalDate today = offerings.today();
        NewOffering n = new NewOffering(OfferingKind.CAREER_PROGRAMME, "测试助推计划" + UUID.randomUUID(), "", today
                .plusDays(20), today.plusDays(40), "线上", 3, today.plusDays(2), today.plusDays(10), true, true);
        long id = store.insert(n, new PriorityRule(PriorityRule.Kind.PRIORITY_WINDOW, 0, null, today), "test",
                policy.accountId(), clock.instant());
        long employee = fx.employee(officer, "普通职工");
        assertThatThrownBy(() -> byUnit(id, employee)).isInstanceOf(RuleViolationException.class)
                .hasMessage("offering.error.priorityWindow");
        assertThat(byUnit(id, fx.leadingTalent(officer, "领军戊")).status()).isEqualTo(Enrolment.Status.ENROLLED);
        clock.advance(Duration.ofDays(2));
        assertThat(byUnit(id, employee).status()).isEqualTo(Enrolment.Status.ENROLLED);
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheSameSignUpAndNobodyIsSignedUpTwice() {
        long id = publish(3);
        long person = fx.employee(officer, "重试");
        String key = UUID.randomUUID().toString();
        Enrolment once = offerings.enrolEmployee(officer, id, person, key);
        Enrolment again = offerings.enrolEmployee(officer, id, person, key);
        assertThat(again.id()).isEqualTo(once.id());
        assertThat(again.status()).isEqualTo(once.status());
        assertThatThrownBy(() -> byUnit(id, person)).isInstanceOf(RuleViolationException.class)
                .hasMessage("offering.error.signedUpAlready");
        assertThatThrownBy(() -> offerings.enrolEmployee(officer, id, fx.employee(officer, "他人"), key))
                .isInstanceOf(RuleViolationException.class).hasMessage("offering.error.requestKey");
        assertThatThrownBy(() -> offerings.enrolEmployee(officer, id, person, "bad key!"))
                .isInstanceOf(RuleViolationException.class).hasMessage("offering.error.requestKey");
        offerings.cancel(officer, once.id());
        assertThat(byUnit(id, person).status()).as("signed up again after cancelling")
                .isEqualTo(Enrolment.Status.ENROLLED);
    }

    @Test
    void onlyTheUnitsOwnPeopleAndOnlyActiveTalentsThemselves() {
        long id = publish(3);
        long other = fx.employee(staff.officer2(), "他单位职工");
        assertThatThrownBy(() -> byUnit(id, other)).isInstanceOf(RuleViolationException.class)
                .hasMessage("offering.error.notOwnUnit");
        assertThatThrownBy(() -> offerings.enrolSelf(officer, id, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offerings.publish(officer, OfferingFixture.training("x", 1, offerings.today())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void attendanceIsRecordedOnceTheOfferingHasBegunAndIsTheCompletionRecord() {
        long id = publish(3);
        long person = fx.employee(officer, "学员");
        Enrolment e = byUnit(id, person);
        Enrolment waiting = null;
        assertThatThrownBy(() -> offerings.recordAttendance(policy, e.id(), Enrolment.Attendance.ATTENDED))
                .isInstanceOf(RuleViolationException.class).hasMessage("offering.error.notStarted");
        clock.advance(Duration.ofDays(21));
        assertThatThrownBy(() -> offerings.cancel(officer, e.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("offering.error.started");
        offerings.recordAttendance(policy, e.id(), Enrolment.Attendance.ATTENDED);
        assertThat(offerings.ofPerson(person)).singleElement().satisfies(r -> assertThat(r.completed()).isTrue());
        assertThatThrownBy(() -> offerings.recordAttendance(officer, e.id(), Enrolment.Attendance.ABSENT))
                .isInstanceOf(NotFoundException.class);
        assertThat(waiting).isNull();
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not within 10 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
