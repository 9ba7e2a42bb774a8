package cn.jiangxin.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.benefit.RedemptionRefused;
import cn.jiangxin.benefit.ServiceHolds;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Holiday-care rounds through the service: who is due (active with quota left; not with the quota used up, a lapsed
 * or a not-yet-valid period), adding once, recording a visit counting one use of the support year of its day once
 * (retries, 20 racing threads), a refused use writing nothing, and a visit not reached using none.
 */
@JiangxinTest
@MovableClock
class CareRoundsTest {

    @Autowired ApplicationContext context;
    @Autowired CareRounds rounds;
    @Autowired ServiceHolds holds;
    @Autowired JdbcClient jdbc;
    @Autowired CareListing listing;

    CareFixture fx;
    CurrentUser policy;

    @BeforeEach
    void setUp() {
        fx = new CareFixture(context);
        policy = fx.staff.policy();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE); // as a request in Chinese has it
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private List<Long> duePeople(long round) {
        return rounds.due(policy, round).stream().map(DueTalent::personId).toList();
    }

    @Test
    void theDueAreActiveTalentsWithQuotaLeftAndOthersAreRefusedWithTheReason() {
        LocalDate start = LocalDate.of(2026, 6, 1);
        long withQuota = fx.certifiedOn(start, "关怀有余");
        long usedUp = fx.certifiedOn(start, "关怀用尽");
        holds.hold(usedUp, "HOLIDAY_CARE", start, null, "TEST:" + usedUp + "-1");
        holds.hold(usedUp, "HOLIDAY_CARE", start.plusDays(1), null, "TEST:" + usedUp + "-2");
        long later = fx.certifiedOn(LocalDate.of(2026, 7, 10), "关怀未始");
        long june = fx.round("端午测试", start, LocalDate.of(2026, 6, 30));
        long lapsed = fx.round("两年后测试", LocalDate.of(2028, 7, 15), LocalDate.of(2028, 7, 20));

        assertThat(duePeople(june)).contains(withQuota).doesNotContain(usedUp, later);
        DueTalent due = rounds.due(policy, june).stream().filter(t -> t.personId() == withQuota).findFirst()
                .orElseThrow();
        assertThat(due.name()).isEqualTo("关怀有余");
        assertThat(due.used()).isZero();
        assertThat(due.left()).isEqualTo(2);
        assertThat(due.lastVisit()).isNull();
        assertThat(duePeople(lapsed)).doesNotContain(withQuota, usedUp, later);

        assertThatThrownBy(() -> rounds.add(policy, june, List.of(usedUp))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("关怀用尽").hasMessageContaining("已全部使用");
        assertThatThrownBy(() -> rounds.add(policy, june, List.of(withQuota, later)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("关怀未始")
                .hasMessageContaining("不是有效期内");
        assertThat(rounds.visits(policy, june)).isEmpty();
        assertThatThrownBy(() -> rounds.add(policy, lapsed, List.of(withQuota)))
                .isInstanceOf(RuleViolationException.class);

        assertThat(rounds.add(policy, june, List.of(withQuota))).isEqualTo(1);
        assertThat(rounds.add(policy, june, List.of(withQuota))).isZero();
        assertThat(rounds.visits(policy, june)).extracting(CareVisit::personId).containsOnlyOnce(withQuota);
        assertThat(duePeople(june)).doesNotContain(withQuota);
    }

    @Test
    void aRecordedVisitCountsOneUseOnceHoweverOftenAndHoweverManyAtOnce() throws Exception {
        LocalDate today = LocalDate.of(2026, 8, 10);
        long person = fx.certifiedOn(today, "关怀并发");
        long round = fx.round("并发慰问测试", today.minusDays(5), today.plusDays(5));
        rounds.add(policy, round, List.of(person));
        CareVisit visit = fx.visitOf(round, person);
        rounds.assign(policy, round, List.of(visit.id()), new Assignment(null, "区人力社保局领导", today));

        VisitReport report = new VisitReport(today, "区人力社保局领导、工会代表", "送去节日祝福", "慰问品一份");
        List<Race.Outcome> outcomes = Race.run(20, i -> rounds.record(policy, visit.id(), report));
        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(rounds.record(policy, visit.id(), report).state()).isEqualTo(CareVisit.State.VISITED);

        assertThat(fx.care(person, today).usedThisYear()).isEqualTo(1);
        assertThat(fx.care(person, today).leftThisYear()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_hold WHERE person_id = ? AND state = 'USED'").param(person)
                .query(Long.class).single()).isEqualTo(1);
        CareVisit recorded = fx.visitOf(round, person);
        assertThat(recorded.visitedOn()).isEqualTo(today);
        assertThat(recorded.visitedBy()).isEqualTo("区人力社保局领导、工会代表");
        assertThat(recorded.note()).isEqualTo("送去节日祝福");
        assertThat(rounds.visitsMadeTo(person)).extracting(CareVisit::id).containsExactly(visit.id());
        assertThatThrownBy(() -> rounds.notReached(policy, visit.id(), "误点"))
                .isInstanceOf(RuleViolationException.class).hasMessage("care.error.visited");
    }

    @Test
    void withTheQuotaUsedUpTheVisitIsRefusedWithTheReasonAndNothingIsWritten() {
        LocalDate today = LocalDate.of(2026, 9, 20);
        long person = fx.certifiedOn(today, "关怀超额");
        long round = fx.round("超额慰问测试", today.minusDays(3), today.plusDays(3));
        rounds.add(policy, round, List.of(person));
        holds.hold(person, "HOLIDAY_CARE", today, null, "TEST:" + person + "-a");
        holds.hold(person, "HOLIDAY_CARE", today, null, "TEST:" + person + "-b");
        CareVisit visit = fx.visitOf(round, person);

        assertThatThrownBy(() -> rounds.record(policy, visit.id(), new VisitReport(today, "慰问组", "", "")))
                .isInstanceOfSatisfying(RedemptionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RedemptionRefused.Reason.QUOTA_EXHAUSTED))
                .hasMessageContaining("已全部使用");
        assertThat(fx.visitOf(round, person).state()).isEqualTo(CareVisit.State.PLANNED);
        assertThat(holds.find(visit.holdKey())).isEmpty();
        assertThat(fx.care(person, today).usedThisYear()).isEqualTo(2);

        assertThatThrownBy(() -> rounds.record(policy, visit.id(), new VisitReport(today.plusDays(1), "慰问组", "", "")))
                .isInstanceOf(RuleViolationException.class).hasMessage("care.error.future");
        assertThatThrownBy(() -> rounds.record(policy, visit.id(), new VisitReport(today.minusDays(4), "慰问组", "", "")))
                .isInstanceOf(RuleViolationException.class).hasMessage("care.error.outsideWindow");
    }

    @Test
    void aVisitInTheSecondSupportYearCountsAgainstTheSecondYear() {
        LocalDate start = LocalDate.of(2026, 6, 1);
        long person = fx.certifiedOn(start, "关怀次年");
        LocalDate visitDay = LocalDate.of(2027, 6, 5);
        fx.today(visitDay.plusDays(2));
        long round = fx.round("次年慰问测试", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30));
        rounds.add(policy, round, List.of(person));
        CareVisit visit = fx.visitOf(round, person);
        rounds.record(policy, visit.id(), new VisitReport(visitDay, "慰问组", "", ""));

        assertThat(fx.care(person, visitDay).currentYear().number()).isEqualTo(2);
        assertThat(fx.care(person, visitDay).usedThisYear()).isEqualTo(1);
        assertThat(fx.care(person, LocalDate.of(2027, 5, 31)).usedThisYear()).isZero();
        assertThat(holds.find(visit.holdKey()).orElseThrow().supportYear()).isEqualTo(2);
    }

    @Test
    void aVisitNotReachedUsesNothingAndCannotBeRecordedAfterwards() {
        LocalDate today = LocalDate.of(2026, 10, 5);
        long person = fx.certifiedOn(today, "关怀未达");
        long round = fx.round("未达慰问测试", today.minusDays(3), today.plusDays(3));
        assertThat(rounds.addAllDue(policy, round)).isPositive();
        CareVisit visit = fx.visitOf(round, person);
        assertThatThrownBy(() -> rounds.notReached(policy, visit.id(), " ")).isInstanceOf(RuleViolationException.class);
        assertThat(rounds.notReached(policy, visit.id(), "本人出差在外").state()).isEqualTo(CareVisit.State.NOT_REACHED);
        assertThat(fx.care(person, today).usedThisYear()).isZero();
        assertThat(holds.find(visit.holdKey())).isEmpty();
        assertThatThrownBy(() -> rounds.record(policy, visit.id(), new VisitReport(today, "慰问组", "", "")))
                .isInstanceOf(RuleViolationException.class).hasMessage("care.error.notPlanned");
        assertThat(rounds.visitsMadeTo(person)).isEmpty();
    }

    @Test
    void theToDoListsFindRoundsWithDueTalentsLeftOutAndEndedRoundsWithVisitsUnrecorded() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        long person = fx.certifiedOn(today, "关怀待办");
        String name = "待办慰问测试" + person;
        long round = fx.round(name, today.minusDays(1), today.plusDays(6));
        ListQuery due = ListQuery.parse(CareListing.SPEC, java.util.Map.of("due", new String[] {"yes"}, "q",
                new String[] {name}));
        ListQuery overdue = ListQuery.parse(CareListing.SPEC, java.util.Map.of("overdue", new String[] {"yes"}, "q",
                new String[] {name}));
        assertThat(listing.count(due)).isEqualTo(1);
        assertThat(listing.count(overdue)).isZero();

        rounds.addAllDue(policy, round);
        assertThat(listing.count(due)).isZero();
        fx.today(today.plusDays(7));
        assertThat(listing.count(overdue)).isEqualTo(1);
        assertThat(listing.page(overdue).rows()).extracting(r -> r.round().id()).containsExactly(round);
        rounds.visits(policy, round).forEach(v -> rounds.notReached(policy, v.id(), "慰问期内未能联系上"));
        assertThat(listing.count(overdue)).isZero();
    }

    @Test
    void assigningChecksTheWindowAndTheVisitorAndOnlyBureauStaffPlan() {
        LocalDate today = LocalDate.of(2026, 11, 2);
        long person = fx.certifiedOn(today, "关怀分派");
        long round = fx.round("分派慰问测试", today, today.plusDays(10));
        rounds.add(policy, round, List.of(person));
        CareVisit visit = fx.visitOf(round, person);
        assertThatThrownBy(() -> rounds.assign(policy, round, List.of(visit.id()),
                new Assignment(null, "慰问组", today.plusDays(11)))).hasMessage("care.error.outsideWindow");
        assertThatThrownBy(() -> new Assignment(null, " ", today)).hasMessage("care.error.visitor");
        assertThatThrownBy(() -> rounds.assign(policy, round, List.of(visit.id()),
                new Assignment(fx.staff.officer().accountId(), "", today))).hasMessage("care.error.visitorAccount");
        CurrentUser reviewer = fx.staff.reviewer();
        assertThat(rounds.assign(policy, round, List.of(visit.id()), new Assignment(reviewer.accountId(), "", today)))
                .isEqualTo(1);
        assertThat(fx.visitOf(round, person).visitor()).isEqualTo(reviewer.displayName());
        assertThat(fx.visitOf(round, person).plannedOn()).isEqualTo(today);
        assertThatThrownBy(() -> rounds.plan(fx.staff.officer(), new NewRound("单位不可", Occasion.OTHER, today, today,
                ""))).isInstanceOf(cn.jiangxin.platform.NotFoundException.class);
    }
}
