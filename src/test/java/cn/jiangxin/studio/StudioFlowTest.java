package cn.jiangxin.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.TestTalents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A studio as the services run it: applications led by an active leading talent marked and first in the queue, the
 * reviewer's and approver's steps with four-eyes (one account holding both roles can never decide what it reviewed,
 * nor confirm what it scored), naming with a CYGZS number and the first assessment scheduled, scores graded by the
 * policy version in force, {@link StudioAssessed} published once even under concurrent confirmations, one assessment
 * per studio and period (also in the database), return and rejection with reasons, revocation announced.
 */
@JiangxinTest
@RecordApplicationEvents
class StudioFlowTest {

    @Autowired Studios studios;
    @Autowired cn.jiangxin.policy.PolicyVersions versions;
    @Autowired StudioAssessments assessments;
    @Autowired StudioListing listing;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired Certifications certifications;
    @Autowired Staff staff;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private CurrentUser officer;
    private CurrentUser reviewer;
    private CurrentUser approver;
    private CurrentUser both;
    private String trade;
    private String period;

    @BeforeEach
    void setUp() {
        officer = staff.officer();
        reviewer = staff.reviewer();
        approver = staff.approver();
        both = staff.bureau("kit-studio-both", "审核兼审批 赵双", Role.REVIEWER, Role.APPROVER);
        trade = "工作室工种" + UUID.randomUUID().toString().substring(0, 8);
        period = String.valueOf(studios.today().getYear());
    }

    private long apply(long leader, String name) {
        return studios.apply(officer, new StudioApplication(name, StudioType.SKILL_MASTER, trade, leader,
                "成员甲（技师）\n成员乙（高级工）", "实训楼三层", "每年带徒4名，攻关2项。"), null);
    }

    private long person(String name) {
        return TestPeople.register(people, officer, name, Sex.MALE);
    }

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (RuleViolationException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    private static Map<String, Integer> scores(int each) {
        Map<String, Integer> s = new LinkedHashMap<>();
        for (String item : List.of("TEAM", "PREMISES", "PASSING_ON", "INNOVATION", "OUTREACH")) {
            s.put(item, each);
        }
        return s;
    }

    /** Applied, passed by the reviewer, named by the approver: the studio's id. */
    private long named(String name) {
        long id = apply(person("周领办"), name);
        studios.pass(reviewer, id);
        studios.name(approver, id, period);
        return id;
    }

    private long assessmentOf(long studioId) {
        return assessments.idOf(studioId, period).orElseThrow();
    }

    @Test
    void applicationsLedByLeadingTalentsAreMarkedAndComeFirstInTheQueue() {
        long plain = apply(person("普通领办人"), "普通工作室" + trade);
        long talent = TestTalents.certifiedToday(people, nominations, certifications, officer, "领军领办人", trade);
        long priority = apply(talent, "领军工作室" + trade);
        Map<String, String[]> search = Map.of("q", new String[] {trade});
        List<Long> queue = listing.page(ListQuery.parse(StudioListing.STAFF, search), null).rows().stream()
                .map(r -> r.studio().id()).toList();
        assertThat(queue).containsExactly(priority, plain);
        assertThat(studios.visible(reviewer, priority).studio().priority()).isTrue();
        assertThat(studios.visible(reviewer, plain).studio().priority()).isFalse();
        List<Long> onlyPriority = listing.page(ListQuery.parse(StudioListing.STAFF, Map.of("q", new String[] {trade},
                "priority", new String[] {"yes"})), null).rows().stream().map(r -> r.studio().id()).toList();
        assertThat(onlyPriority).containsExactly(priority);
    }

    @Test
    void oneAccountHoldingBothRolesNeverDecidesWhatItReviewedNorConfirmsWhatItScored() {
        long id = apply(person("四眼领办人"), "四眼工作室" + trade);
        studios.pass(both, id);
        assertThat(refusal(() -> studios.name(both, id, period))).isEqualTo("studio.error.fourEyes");
        assertThat(refusal(() -> studios.reject(both, id, "不符合"))).isEqualTo("studio.error.fourEyes");
        assertThat(refusal(() -> studios.sendBack(both, id, "补材料"))).isEqualTo("studio.error.fourEyes");
        assertThat(studios.visible(reviewer, id).studio().state()).isEqualTo(StudioState.REVIEWED);

        String number = studios.name(approver, id, period);
        assertThat(number).matches("CYGZS-" + studios.today().getYear() + "-\\d{3,}");
        Studio s = studios.visible(reviewer, id).studio();
        assertThat(s.state()).isEqualTo(StudioState.NAMED);
        assertThat(s.studioNumber()).isEqualTo(number);
        assertThat(s.namedOn()).isEqualTo(studios.today());

        long a = assessmentOf(id);
        assessments.score(both, a, scores(9));
        assertThat(refusal(() -> assessments.confirm(both, a))).isEqualTo("studio.error.fourEyesAssessment");
        StudioAssessed assessed = assessments.confirm(approver, a);
        assertThat(assessed.gradeCode()).isEqualTo("EXCELLENT");
        assertThat(assessed.gradeName()).isEqualTo("优秀");
        assertThat(assessed.fundingFen()).isEqualTo(10_000_000L);
        assertThat(assessed.fundingKey()).isEqualTo("STUDIO:" + id + ":" + period);
        assertThat(assessed.studioNumber()).isEqualTo(number);
        // the version in force when scored (other tests of this context may have published a later one)
        assertThat(assessed.policyVersion()).isEqualTo(versions.inForceOn(studios.today()).orElseThrow().code());
    }

    @Test
    void rolesAreCheckedBeforeAnything() {
        long id = apply(person("角色领办人"), "角色工作室" + trade);
        assertThat(refusal(() -> studios.pass(approver, id))).isEqualTo("studio.error.role.REVIEWER");
        studios.pass(reviewer, id);
        assertThat(refusal(() -> studios.name(reviewer, id, period))).isEqualTo("studio.error.role.APPROVER");
        assertThat(refusal(() -> studios.pass(reviewer, id))).isEqualTo("studio.error.notSubmitted");
        assertThatThrownBy(() -> studios.visible(staff.officer2(), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theLeaderMustBeOfTheUnitAndEveryFieldIsChecked() {
        long other = TestPeople.register(people, staff.officer2(), "外单位人员", Sex.MALE);
        RuleViolationException e = (RuleViolationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> apply(other, "外单位工作室" + trade));
        assertThat(e.field()).isEqualTo("leaderPersonId");
        assertThat(e.getMessage()).isEqualTo("studio.error.leaderNotOfUnit");
        assertThatThrownBy(() -> new StudioApplication(" ", StudioType.INNOVATION, "钳工", 1, "甲", "乙", "丙"))
                .hasMessage("studio.error.required.name");
        assertThatThrownBy(() -> new StudioApplication("名", null, "钳工", 1, "甲", "乙", "丙"))
                .hasMessage("studio.error.type");
        assertThatThrownBy(() -> new StudioApplication("名", StudioType.INNOVATION, "钳工", 1, "甲", "乙",
                "长".repeat(4001))).hasMessage("studio.error.tooLong.plan");
    }

    @Test
    void returnedWithAReasonChangedAndSubmittedAgainThenRejectedWithAReason() {
        long id = apply(person("退回领办人"), "退回工作室" + trade);
        assertThat(refusal(() -> studios.sendBack(reviewer, id, "  "))).isEqualTo("studio.error.reason");
        studios.sendBack(reviewer, id, "请补充建设方案");
        Studio returned = studios.visible(officer, id).studio();
        assertThat(returned.state()).isEqualTo(StudioState.RETURNED);
        assertThat(returned.reason()).isEqualTo("请补充建设方案");
        studios.resubmit(officer, id, new StudioApplication("退回工作室" + trade, StudioType.INNOVATION, trade,
                returned.leaderPersonId(), "成员甲", "实训楼", "补充后的方案"), null);
        assertThat(studios.visible(officer, id).studio().state()).isEqualTo(StudioState.SUBMITTED);
        assertThat(studios.visible(officer, id).studio().plan()).isEqualTo("补充后的方案");
        studios.pass(reviewer, id);
        assertThat(refusal(() -> studios.reject(approver, id, ""))).isEqualTo("studio.error.reason");
        studios.reject(approver, id, "场地不足");
        Studios.StudioCase c = studios.visible(officer, id);
        assertThat(c.studio().state()).isEqualTo(StudioState.REJECTED);
        assertThat(c.steps()).extracting(StudioStep::action).containsExactly(StudioStep.Action.SUBMITTED,
                StudioStep.Action.RETURNED, StudioStep.Action.RESUBMITTED, StudioStep.Action.PASSED,
                StudioStep.Action.REJECTED);
        assertThat(audit.latest("", "studio", String.valueOf(id), 10)).extracting(r -> r.action())
                .contains("STUDIO_APPLIED", "STUDIO_RETURNED", "STUDIO_RESUBMITTED", "STUDIO_REVIEW_PASSED",
                        "STUDIO_REJECTED");
    }

    @Test
    void namingAndAssessingAreAnnouncedOnceEach() {
        long id = named("公告工作室" + trade);
        long a = assessmentOf(id);
        assessments.score(reviewer, a, scores(8));
        StudioAssessed assessed = assessments.confirm(approver, a);
        assertThat(assessed.gradeCode()).isEqualTo("GOOD");
        assertThat(assessed.fundingFen()).isEqualTo(5_000_000L);
        assertThat(refusal(() -> assessments.confirm(approver, a))).isEqualTo("studio.error.notScored");
        assertThat(events.stream(StudioNamed.class).filter(e -> e.studioId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.level()).isEqualTo("CHAOYANG");
                    assertThat(e.namedOn()).isEqualTo(studios.today());
                });
        assertThat(events.stream(StudioAssessed.class).filter(e -> e.studioId() == id)).hasSize(1);
    }

    @Test
    void concurrentConfirmationsPublishTheAssessmentExactlyOnce() throws Exception {
        long id = named("并发工作室" + trade);
        long a = assessmentOf(id);
        assessments.score(reviewer, a, scores(10));
        CurrentUser approver2 = staff.bureau("kit-studio-approver2", "科长 孙二", Role.APPROVER);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<StudioAssessed>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                CurrentUser who = i % 2 == 0 ? approver : approver2;
                Callable<StudioAssessed> confirm = () -> {
                    ready.countDown();
                    go.await();
                    try {
                        return assessments.confirm(who, a);
                    } catch (RuleViolationException refused) {
                        return null;
                    }
                };
                results.add(pool.submit(confirm));
            }
            ready.await();
            go.countDown();
            int published = 0;
            for (Future<StudioAssessed> f : results) {
                if (f.get(30, TimeUnit.SECONDS) != null) {
                    published++;
                }
            }
            assertThat(published).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT state FROM studio_assessment WHERE id = ?").param(a).query(String.class).single())
                .isEqualTo("CONFIRMED");
        assertThat(audit.latest("", "studio_assessment", String.valueOf(a), 20)).extracting(r -> r.action())
                .filteredOn("STUDIO_ASSESSMENT_CONFIRMED"::equals).hasSize(1);
    }

    @Test
    void oneAssessmentPerStudioAndPeriodAlsoInTheDatabase() {
        long id = named("周期工作室" + trade);
        assertThat(refusal(() -> studios.scheduleAssessment(reviewer, id, period)))
                .isEqualTo("studio.error.periodScheduled");
        assertThat(refusal(() -> studios.scheduleAssessment(reviewer, id, "明年"))).isEqualTo("studio.error.period");
        String next = String.valueOf(Integer.parseInt(period) + 1);
        studios.scheduleAssessment(reviewer, id, next);
        assertThat(studios.visible(reviewer, id).assessments()).extracting(Assessment::period)
                .containsExactly(next, period);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO studio_assessment (studio_id, period, state, scheduled_by, scheduled_at)
                VALUES (?, ?, 'SCHEDULED', 1, CURRENT_TIMESTAMP)""").params(id, period).update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aRevokedStudioIsAnnouncedAndItsScoresAreNoLongerConfirmed() {
        long id = named("撤销工作室" + trade);
        long a = assessmentOf(id);
        assessments.score(reviewer, a, scores(7));
        assertThat(refusal(() -> studios.revoke(approver, id, ""))).isEqualTo("studio.error.reason");
        studios.revoke(approver, id, "连续两年未开展活动");
        Studio s = studios.visible(reviewer, id).studio();
        assertThat(s.state()).isEqualTo(StudioState.REVOKED);
        assertThat(s.revokedOn()).isEqualTo(studios.today());
        assertThat(events.stream(StudioRevoked.class).filter(e -> e.studioId() == id)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("连续两年未开展活动"));
        assertThat(refusal(() -> assessments.confirm(approver, a))).isEqualTo("studio.error.notActive");
        assertThat(refusal(() -> studios.revoke(approver, id, "再次"))).isEqualTo("studio.error.notActive");
    }
}
