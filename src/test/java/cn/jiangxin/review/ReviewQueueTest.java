package cn.jiangxin.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import cn.jiangxin.nomination.CaseReview;
import cn.jiangxin.nomination.NominationAction;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.Cases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@JiangxinTest
class ReviewQueueTest {

    @Autowired MockMvc mvc;
    @Autowired ReviewQueue queue;
    @Autowired Nominations nominations;
    @Autowired CaseReview review;
    @Autowired EvidenceUploads uploads;
    @Autowired NoticeBoard board;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired AccountRegistry accounts;
    @Autowired WorkingCalendar calendar;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    CurrentUser officer;
    CurrentUser reviewer;

    @BeforeEach
    void setUp() {
        officer = staff.officer();
        reviewer = staff.reviewer();
        if (!accounts.exists("queue-both")) {
            accounts.create(new NewAccount("queue-both", "双角色", "Four-Eyes-2025x", Set.of(Role.REVIEWER, Role.APPROVER),
                    null, false));
        }
    }

    long submitted() {
        Cases cases = new Cases(nominations, uploads, review, board);
        long id = cases.ready(officer, TestPeople.register(people, officer, "邵丽娜", Sex.FEMALE),
                Cases.complete());
        cases().submit(officer, id);
        return id;
    }

    Cases cases() {
        return new Cases(nominations, uploads, review, board);
    }

    QueueEntry entry(long id, NominationState state, Long unit) {
        Map<String, String> filters = new HashMap<>();
        if (state != null) {
            filters.put("state", state.name());
        }
        if (unit != null) {
            filters.put("unit", unit.toString());
        }
        return one(reviewer, ReviewQueue.Desk.REVIEW, id, filters);
    }

    /** The case on the desk's first page when searched by its number, or null. */
    QueueEntry one(CurrentUser user, ReviewQueue.Desk desk, long id, Map<String, String> filters) {
        ListQuery query = new ListQuery(desk.spec(), String.valueOf(id), 1, 20, null, false, filters);
        return queue.page(user, desk, query).rows().stream().filter(e -> e.nomination().id() == id).findFirst()
                .orElse(null);
    }

    @Test
    void casesShowTheirAgeInWorkingDaysAndOldOnesAreMarkedOverdue() throws Exception {
        long fresh = submitted();
        long old = submitted();
        LocalDate longAgo = LocalDate.now(clock).minusDays(60);
        jdbc.sql("UPDATE nomination SET submitted_at = ? WHERE id = ?")
                .params(longAgo.atStartOfDay(clock.getZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC), old)
                .update();

        assertThat(entry(fresh, null, null)).satisfies(e -> {
            assertThat(e.ageWorkingDays()).isZero();
            assertThat(e.overdue()).isFalse();
            assertThat(e.nomination().personName()).isEqualTo("邵丽娜");
        });
        QueueEntry late = entry(old, null, null);
        assertThat(late.ageWorkingDays()).isEqualTo(calendar.workingDaysBetween(longAgo, LocalDate.now(clock)))
                .isGreaterThan(queue.overdueAfter());
        assertThat(late.overdue()).isTrue();

        mvc.perform(get("/review").with(staff.as(Staff.REVIEWER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("邵丽娜"), containsString("超期"))));
    }

    @Test
    void theQueueFiltersByStateAndUnit() {
        long id = submitted();
        assertThat(entry(id, NominationState.SUBMITTED, null)).isNotNull();
        assertThat(entry(id, NominationState.UNDER_REVIEW, null)).isNull();
        assertThat(entry(id, null, officer.unitId())).isNotNull();
        assertThat(entry(id, null, staff.officer2().unitId())).isNull();
        nominations.act(reviewer, id, NominationAction.TAKE, null);
        assertThat(entry(id, NominationState.UNDER_REVIEW, null)).isNotNull();
        cases().confirmAll(reviewer, id, Cases.complete());
        nominations.act(reviewer, id, NominationAction.PASS, null);
        assertThat(entry(id, null, null)).isNull();
    }

    @Test
    void approversSeeReviewedCasesAndWhichOnesTheyMayNotDecide() throws Exception {
        long id = submitted();
        CurrentUser both = staff.signedIn("queue-both");
        nominations.act(both, id, NominationAction.TAKE, null);
        cases().confirmAll(both, id, Cases.complete());
        nominations.act(both, id, NominationAction.PASS, null);
        assertThat(one(both, ReviewQueue.Desk.APPROVAL, id, Map.of()).reviewedByViewer()).isTrue();
        assertThat(one(staff.approver(), ReviewQueue.Desk.APPROVAL, id, Map.of()).reviewedByViewer()).isFalse();
        mvc.perform(get("/approval").param("q", String.valueOf(id)).with(staff.as("queue-both")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您曾初审，不能复审")));
    }

    @Test
    void onlyReviewersAndApproversOpenTheirQueues() throws Exception {
        mvc.perform(get("/review").with(staff.as(Staff.OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get("/review").with(staff.as(Staff.APPROVER))).andExpect(status().isForbidden());
        mvc.perform(get("/approval").with(staff.as(Staff.REVIEWER))).andExpect(status().isForbidden());
        mvc.perform(get("/approval").with(staff.as(Staff.APPROVER))).andExpect(status().isOk());
        mvc.perform(get("/review").param("state", "UNDER_REVIEW").with(staff.as(Staff.REVIEWER)))
                .andExpect(status().isOk());
    }

    @Test
    void mineIsWhatTheReviewerTookAndOverdueWhatWaitedTooLong() {
        long mine = submitted();
        long theirs = submitted();
        long old = submitted();
        nominations.act(reviewer, mine, NominationAction.TAKE, null);
        nominations.act(staff.reviewer2(), theirs, NominationAction.TAKE, null);
        jdbc.sql("UPDATE nomination SET submitted_at = ? WHERE id = ?").params(LocalDate.now(clock).minusDays(60)
                .atStartOfDay(clock.getZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC), old).update();

        assertThat(one(reviewer, ReviewQueue.Desk.REVIEW, mine, Map.of("only", "mine"))).isNotNull();
        assertThat(one(reviewer, ReviewQueue.Desk.REVIEW, theirs, Map.of("only", "mine"))).isNull();
        assertThat(one(staff.reviewer2(), ReviewQueue.Desk.REVIEW, theirs, Map.of("only", "mine"))).isNotNull();
        assertThat(one(reviewer, ReviewQueue.Desk.REVIEW, old, Map.of("only", "overdue")))
                .satisfies(e -> assertThat(e.overdue()).isTrue());
        assertThat(one(reviewer, ReviewQueue.Desk.REVIEW, mine, Map.of("only", "overdue"))).isNull();
    }

    @Test
    void theExportHoldsExactlyTheCasesTheFilterFinds() throws Exception {
        long id = submitted();
        String number = one(reviewer, ReviewQueue.Desk.REVIEW, id, Map.of()).nomination().number().toString();
        String page = mvc.perform(get("/review").param("q", "邵丽娜").param("state", "SUBMITTED")
                        .with(staff.as(Staff.REVIEWER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        byte[] xlsx = mvc.perform(get("/review.xlsx").param("q", "邵丽娜").param("state", "SUBMITTED")
                .with(staff.as(Staff.REVIEWER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var rows = cn.jiangxin.testsupport.ExcelRows.of(xlsx);
        assertThat(rows.get(0)).containsExactly("初审队列");
        assertThat(rows.get(1)).startsWith("案件编号", "被推荐人", "推荐单位", "状态");
        assertThat(rows.subList(2, rows.size())).hasSize((int) cn.jiangxin.testsupport.ListPages.total(page))
                .allSatisfy(r -> assertThat(r.subList(1, 4)).containsExactly("邵丽娜", Staff.UNIT, "已提交"))
                .anySatisfy(r -> assertThat(r.get(0)).isEqualTo(number));
        assertThat(number).matches("CYTJ-20\\d\\d-\\d{4,}");
    }

    @Test
    void aFilterTheQueueCannotTakeIsRefusedWithA400Page() throws Exception {
        mvc.perform(get("/review").param("only", "everything").with(staff.as(Staff.REVIEWER)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/review").param("state", "DRAFT").with(staff.as(Staff.REVIEWER)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/approval").param("only", "mine").with(staff.as(Staff.APPROVER)))
                .andExpect(status().isBadRequest());
    }
}
