package cn.jiangxin.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pool and a draw through the real services: a certified talent opts in, staff add others, a need is drawn in
 * two steps under four-eyes, the talent (a leading talent, drawn first) declines and the first reserve is asked, a
 * missed deadline asks the next; the audit record recomputes. And two staff drawing for one need at once.
 */
@JiangxinTest
@MovableClock
class ExpertDrawFlowTest {

    @Autowired ApplicationContext context;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired ExpertPool pool;
    @Autowired ExpertNeeds needs;
    @Autowired NeedStore store;
    @Autowired WorkingCalendar calendar;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private static final ExpertProfile WELDER = ExpertFixture.WELDER;

    private CurrentUser certifiedTalent() {
        return ExpertFixture.of(context).certifiedTalent();
    }

    private List<Long> others(int n) {
        return ExpertFixture.of(context).others(n);
    }

    private long need(LocalDate date) {
        return ExpertFixture.of(context).need(date);
    }

    @Test
    void aLeadingTalentIsDrawnFirstDeclinesAndTheReserveTakesThePlace() {
        CurrentUser talent = certifiedTalent();
        long talentExpert = pool.optIn(talent, WELDER);
        others(3);
        LocalDate date = calendar.plusWorkingDays(needs.today(), 2);
        long needId = need(date);

        assertThatThrownBy(() -> needs.cosign(staff.approver(), needId)).isInstanceOf(RuleViolationException.class);
        needs.commit(staff.reviewer(), needId);
        Draw committed = store.draw(needId).orElseThrow();
        assertThat(committed.seed()).as("the seed stays secret until the co-signature").isNull();
        assertThat(committed.sealedSeed()).doesNotContain(committed.seedHash());
        assertThatThrownBy(() -> needs.cosign(staff.reviewer(), needId)).hasMessage("expert.refused.fourEyes");
        needs.cosign(staff.approver(), needId);

        Draw draw = store.draw(needId).orElseThrow();
        assertThat(VerifiableDraw.sm3(draw.seed())).isEqualTo(committed.seedHash());
        List<Assignment> result = store.assignments(needId);
        assertThat(result).hasSize(3);
        assertThat(result.get(0).expertId()).as("the leading talent first").isEqualTo(talentExpert);
        assertThat(result.get(0).status()).isEqualTo(Assignment.ASKED);
        assertThat(result.subList(1, 3)).extracting(Assignment::status).containsOnly(Assignment.WAITING);
        assertThat(result.subList(1, 3)).extracting(Assignment::expertId).doesNotContain(talentExpert);

        String detail = jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'EXPERT_DRAW_COSIGNED' AND object_id = ?")
                .param(String.valueOf(needId)).query(String.class).single();
        assertThat(DrawRecord.parse(detail).recomputesFrom(draw.snapshot())).isTrue();

        assertThatThrownBy(() -> needs.answer(talent, result.get(0).id(), false, " "))
                .hasMessage("expert.refused.declineReason");
        needs.answer(talent, result.get(0).id(), false, "当天另有比赛任务");
        List<Assignment> after = store.assignments(needId);
        assertThat(after.get(0).status()).isEqualTo(Assignment.DECLINED);
        assertThat(after.get(1).status()).as("the first reserve is asked").isEqualTo(Assignment.ASKED);
        assertThat(after.get(1).replacesId()).isEqualTo(after.get(0).id());

        clock.advance(Duration.ofHours(25));
        assertThat(needs.expireDue()).isEqualTo(1);
        List<Assignment> expired = store.assignments(needId);
        assertThat(expired.get(1).status()).isEqualTo(Assignment.EXPIRED);
        assertThat(expired.get(2).status()).as("the second reserve after a missed deadline").isEqualTo(Assignment.ASKED);
        assertThat(pool.require(talentExpert).draws()).isEqualTo(1);
    }

    @Test
    void twoStaffDrawingForOneNeedAtOnceRecordOneDraw() throws Exception {
        NoticeFixture.of(context).setClock(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        others(4);
        long needId = need(calendar.plusWorkingDays(needs.today(), 1));
        CurrentUser reviewer = staff.reviewer();
        CurrentUser reviewer2 = staff.reviewer2();
        assertThat(ExpertFixture.atOnce(() -> commit(reviewer, needId), () -> commit(reviewer2, needId)))
                .containsExactlyInAnyOrder("drawn", "expert.refused.alreadyDrawn");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM expert_draw WHERE need_id = ?").param(needId).query(Long.class)
                .single()).isEqualTo(1);
    }

    private String commit(CurrentUser who, long needId) {
        needs.commit(who, needId);
        return "drawn";
    }

    @Test
    void aDrawOpensOnlyTheConfiguredWorkingDaysBeforeTheNeed() {
        NoticeFixture.of(context).setClock(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        others(3);
        long needId = need(calendar.plusWorkingDays(needs.today(), 3));
        assertThatThrownBy(() -> needs.commit(staff.reviewer(), needId)).isInstanceOf(RuleViolationException.class)
                .hasMessage("expert.refused.tooEarly");
    }

    @Test
    void twoNeedsOfOneDayNeverBothAskOneExpert() {
        NoticeFixture.of(context).setClock(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        ExpertProfile fitter = new ExpertProfile(Set.of("装配钳工"), "", EnumSet.of(ExpertRole.COMPETITION_JUDGE), "",
                Set.of(), Set.of());
        List<Long> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(pool.add(staff.reviewer(), TestPeople.register(people, staff.officer2(), "钳工" + "甲乙丙丁戊".charAt(i),
                    Sex.MALE), fitter));
        }
        LocalDate date = calendar.plusWorkingDays(needs.today(), 1);
        NeedDraft three = new NeedDraft("钳工竞赛裁判", ExpertRole.COMPETITION_JUDGE, Set.of("装配钳工"), 3, date, Set.of(),
                Set.of());
        long first = needs.create(staff.reviewer(), three);
        long second = needs.create(staff.reviewer(), three);
        // both commitments are made before either co-signature: both snapshots hold all five
        needs.commit(staff.reviewer(), first);
        needs.commit(staff.reviewer(), second);
        needs.cosign(staff.approver(), first);
        needs.cosign(staff.approver(), second);

        List<Assignment> all = new ArrayList<>(store.assignments(first));
        all.addAll(store.assignments(second));
        assertThat(all).extracting(Assignment::expertId).containsOnlyElementsOf(five);
        List<Long> held = all.stream().filter(a -> a.asked() || a.accepted()).map(Assignment::expertId).toList();
        assertThat(held).as("no expert holds two places that day").doesNotHaveDuplicates();
        assertThat(store.assignments(second)).extracting(Assignment::status).as("3 + 3 of 5: an overlap, skipped")
                .contains(Assignment.BOOKED);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM expert_booking b JOIN expert_assignment a ON a.id = b.assignment_id
                WHERE b.booked_on = ? AND a.need_id IN (?, ?)""").params(date, first, second).query(Long.class)
                .single()).as("one booking per place held").isEqualTo(held.size());

        Assignment skipped = store.assignments(second).stream().filter(a -> Assignment.BOOKED.equals(a.status()))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> store.book(skipped.id(), skipped.expertId(), date))
                .as("the database refuses a second booking of the day").isInstanceOf(DuplicateKeyException.class);

        Assignment taken = store.assignments(first).stream().filter(Assignment::asked).findFirst().orElseThrow();
        needs.answer(staff.approver(), taken.id(), false, "另有安排");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM expert_booking WHERE assignment_id = ?").param(taken.id())
                .query(Long.class).single()).as("a decline frees the day").isZero();
    }
}
