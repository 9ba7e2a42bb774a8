package cn.jiangxin.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.NominationAction;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.nomination.NominationView;
import cn.jiangxin.nomination.Transition;
import cn.jiangxin.testsupport.NoticeContext;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.PublicForms;
import cn.jiangxin.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Public notice (WF-3): the period in working days, the public pages, objections and what they block. */
class NoticeTest extends NoticeContext {

    @Autowired Objections objections;
    @Autowired AccountRegistry accounts;
    @Autowired WorkingCalendar calendar;

    @Test
    void theFirstDayCountsWhenItIsAWorkingDayAndHolidaysDoNotAcrossNationalDay2025() {
        NoticeBatch batch = cases.publish(cases.approvedCase());
        assertThat(batch.period()).isEqualTo(new NoticePeriod(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 13), 5));
        assertThat(batch.policyVersion()).isEqualTo("chaoyang-2025-draft");
        // Sunday 28 September was a make-up working day: 28, 29, 30 September, 9 and 10 October
        assertThat(NoticePeriod.starting(LocalDate.of(2025, 9, 28), 5, calendar).lastDay()).isEqualTo(LocalDate.of(2025, 10, 10));
        // published on a holiday: the first working day after it is the first day of the period
        assertThat(NoticePeriod.starting(LocalDate.of(2025, 10, 1), 5, calendar).lastDay()).isEqualTo(LocalDate.of(2025, 10, 14));
        // Saturday 11 October was a make-up working day
        assertThat(NoticePeriod.starting(LocalDate.of(2025, 10, 9), 3, calendar).lastDay()).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void theSpringFestivalHolidaysDoNotCount() {
        // 2025: 27 January, then 5, 6, 7 February and the make-up Saturday 8 February
        assertThat(NoticePeriod.starting(LocalDate.of(2025, 1, 27), 5, calendar).lastDay()).isEqualTo(LocalDate.of(2025, 2, 8));
        cases.setClock(LocalDate.of(2026, 2, 13), LocalTime.of(9, 0));
        NoticeBatch batch = cases.publish(cases.approvedCase());
        // 2026: 13 February, make-up Saturday 14 February, then 24, 25, 26 February
        assertThat(batch.period().lastDay()).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void objectionsAreTakenFromTheFirstDayUntil24HoursOfTheLastDayBeijingTime() {
        long id = cases.approvedCase();
        NoticeBatch batch = cases.publish(id);
        NoticePeriod p = batch.period();
        assertThat(p.opensAt()).isEqualTo(java.time.Instant.parse("2025-09-29T16:00:00Z"));
        assertThat(p.closesAt()).isEqualTo(java.time.Instant.parse("2025-10-13T16:00:00Z"));
        assertThat(p.acceptsObjectionsAt(p.opensAt().minusNanos(1))).isFalse();
        assertThat(p.acceptsObjectionsAt(p.opensAt())).isTrue();

        clock.set(p.closesAt().minusSeconds(1));
        assertThat(file(batch, id, "最后一秒提出的异议", UUID.randomUUID().toString())).startsWith("YY20251013-");
        assertThatThrownBy(() -> nominations.act(approver, id, NominationAction.CERTIFY, null))
                .hasMessage("公示期间有尚未处理的异议，不能认定");

        clock.set(p.closesAt());
        assertThatThrownBy(() -> file(batch, id, "晚了一秒", UUID.randomUUID().toString()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("公示期为2025-09-30至2025-10-13，现在不在公示期内，不能提出异议");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice_objection WHERE nomination_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void certificationWaitsUntilTheDayAfterTheLastDay() {
        long id = cases.approvedCase();
        NoticeBatch batch = cases.publish(id);
        clock.set(batch.period().closesAt().minusMillis(1));
        assertThatThrownBy(() -> nominations.act(approver, id, NominationAction.CERTIFY, null))
                .hasMessage("公示期尚未届满，不能认定");
        clock.set(batch.period().closesAt());
        nominations.act(approver, id, NominationAction.CERTIFY, null);
        assertThat(nominations.requireVisible(approver, id).state()).isEqualTo(NominationState.CERTIFIED);
    }

    @Test
    void anOpenObjectionBlocksCertificationUntilAnApproverDismissesIt() {
        long id = cases.approvedCase();
        NoticeBatch batch = cases.publish(id);
        String receipt = file(batch, id, "该人员获奖项目与本人工作无关", UUID.randomUUID().toString());
        cases.afterNotice(batch);
        assertThatThrownBy(() -> nominations.act(approver, id, NominationAction.CERTIFY, null))
                .isInstanceOf(RuleViolationException.class).hasMessage("公示期间有尚未处理的异议，不能认定");
        assertThat(nominations.requireVisible(approver, id).state()).isEqualTo(NominationState.IN_PUBLIC_NOTICE);
        assertThatThrownBy(() -> nominations.act(approver, id, NominationAction.REJECT, "有人提出异议"))
                .hasMessage("公示期间有尚未处理的异议，请先处理异议，再决定是否不予认定");

        ObjectionView o = objections.of(approver, id).get(0);
        assertThat(o.receiptNo()).isEqualTo(receipt);
        assertThat(o.contact()).isEqualTo("13800138000");
        objections.resolve(approver, o.id(), ObjectionOutcome.DISMISSED, "经核实，获奖项目属实");
        assertThat(objections.resolvedByReceipt(receipt.toLowerCase())).contains(true);
        nominations.act(approver, id, NominationAction.CERTIFY, null);
        assertThat(nominations.requireVisible(approver, id).state()).isEqualTo(NominationState.CERTIFIED);
    }

    @Test
    void anUpheldObjectionAllowsRejectionAndBlocksCertification() {
        long id = cases.approvedCase();
        NoticeBatch batch = cases.publish(id);
        file(batch, id, "获奖证书系伪造", UUID.randomUUID().toString());
        long objection = objections.of(approver, id).get(0).id();
        objections.resolve(approver, objection, ObjectionOutcome.UPHELD, "经向主办方核实，无此获奖记录");
        cases.afterNotice(batch);
        assertThatThrownBy(() -> nominations.act(approver, id, NominationAction.CERTIFY, null))
                .hasMessage("公示期间有异议成立，不能认定");
        nominations.act(approver, id, NominationAction.REJECT, "异议成立：获奖记录不实");
        NominationView rejected = nominations.requireVisible(approver, id);
        assertThat(rejected.state()).isEqualTo(NominationState.REJECTED);
        assertThat(rejected.history()).last().extracting(Transition::reason).isEqualTo("异议成立：获奖记录不实");
    }

    @Test
    void onlyAnApproverResolvesAndAlwaysWithAnOutcomeAndAReasonOnce() throws Exception {
        long id = cases.approvedCase();
        NoticeBatch batch = cases.publish(id);
        file(batch, id, "异议", UUID.randomUUID().toString());
        long objection = objections.of(approver, id).get(0).id();
        assertThatThrownBy(() -> objections.resolve(staff.reviewer(), objection, ObjectionOutcome.DISMISSED, "理由"))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/notices/objections/{o}/resolve", objection).with(csrf())
                        .with(staff.as(Staff.REVIEWER))
                        .param("outcome", "DISMISSED").param("reason", "理由").param("nomination", String.valueOf(id)))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> objections.resolve(approver, objection, ObjectionOutcome.DISMISSED, "  "))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("reason"))
                .hasMessage("请填写处理理由");
        assertThatThrownBy(() -> objections.resolve(approver, objection, null, "理由")).hasMessage("请选择异议是否成立");
        var reviewerAlsoApprover = new CurrentUser(staff.reviewer().accountId(), Staff.REVIEWER,
                "初审兼复审", java.util.Set.of(cn.jiangxin.identity.Role.REVIEWER, cn.jiangxin.identity.Role.APPROVER), null);
        assertThatThrownBy(() -> objections.resolve(reviewerAlsoApprover, objection, ObjectionOutcome.DISMISSED, "理由"))
                .hasMessage("您参与了此案件的初审，按双人复核规定不能处理对它的异议");
        assertThat(objections.of(approver, id)).singleElement().satisfies(o -> assertThat(o.isOpen()).isTrue());

        mvc.perform(post("/notices/objections/{o}/resolve", objection).with(csrf())
                        .with(staff.as(Staff.APPROVER))
                        .param("outcome", "DISMISSED").param("reason", "查无实据").param("nomination", String.valueOf(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(objections.of(approver, id)).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(ObjectionOutcome.DISMISSED);
            assertThat(o.outcomeReason()).isEqualTo("查无实据");
            assertThat(o.resolvedBy()).isEqualTo(approver.accountId());
        });
        assertThatThrownBy(() -> objections.resolve(approver, objection, ObjectionOutcome.UPHELD, "改判"))
                .hasMessage("该异议已处理，不能重复处理");
    }

    @Test
    void aCaseGoesOnNoticeOnlyThroughANoticeAndANoticeTakesAllItsCasesOrNone() {
        long approved = cases.approvedCase();
        assertThatThrownBy(() -> nominations.act(approver, approved, NominationAction.OPEN_NOTICE, null))
                .hasMessage("请在公示批次中选择此案件开始公示");
        long draft = nominations.open(staff.officer(), cases.newPerson());
        long before = jdbc.sql("SELECT COUNT(*) FROM notice_batch").query(Long.class).single();
        // a unit's unsubmitted draft does not exist for Bureau staff, so a notice cannot name it
        assertThatThrownBy(() -> board.publish(approver, "两个案件", List.of(approved, draft)))
                .isInstanceOf(cn.jiangxin.platform.NotFoundException.class);
        assertThat(nominations.requireVisible(approver, approved).state()).isEqualTo(NominationState.APPROVED_FOR_NOTICE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice_batch").query(Long.class).single()).isEqualTo(before);
        assertThatThrownBy(() -> board.publish(staff.reviewer(), "初审人员", List.of(approved)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> board.publish(approver, " ", List.of(approved))).hasMessage("请填写公示标题");
    }

    @Test
    void publicPagesShowNameUnitAndCriterionButNeverIdNumberPhoneOrBirthDate() throws Exception {
        long personId = cases.newPerson();
        var person = people.find(personId).orElseThrow();
        long id = cases.approvedCase(personId, cases.draft(NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15)),
                NoticeFixture.honour(1, "CHINA_SKILLS_AWARD", LocalDate.of(2023, 5, 1))));
        NoticeBatch batch = cases.publish(id);
        List<String> pages = List.of("/public/notices", "/public/notices/" + batch.id(),
                "/public/notices/" + batch.id() + "/cases/" + id + "/objection");
        for (String page : pages) {
            String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain(person.idNumber().value(), person.idNumber().masked(),
                    person.idNumber().value().substring(6, 14), person.birthDate().toString(), person.phone().value(),
                    person.phone().masked());
        }
        String notice = mvc.perform(get("/public/notices/" + batch.id())).andReturn().getResponse().getContentAsString();
        assertThat(notice).contains(person.name(), Staff.UNIT, "世界技能大赛 金牌；中华技能大奖",
                "公示期：2025-09-30至2025-10-13（5个工作日）", "/cases/" + id + "/objection");
        cases.afterNotice(batch);
        assertThat(mvc.perform(get("/public/notices/" + batch.id())).andReturn().getResponse().getContentAsString())
                .contains("公示期已结束").doesNotContain("/cases/" + id + "/objection");
    }

    @Test
    void theCasePageOffersTheResolutionOfObjectionsToApproversWhoDidNotReviewTheCase() throws Exception {
        if (!accounts.exists("notice-both")) {
            accounts.create(new NewAccount("notice-both", "初审兼复审", "Four-Eyes-2025x",
                    Set.of(Role.REVIEWER, Role.APPROVER), null, false));
        }
        long id = cases.approve(nominations.open(staff.officer(), cases.newPerson()),
                cases.draft(NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15))), staff.signedIn("notice-both"));
        file(cases.publish(id), id, "异议", UUID.randomUUID().toString());
        String approverPage = mvc.perform(get("/nominations/{id}", id).with(staff.as(Staff.APPROVER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(approverPage).contains("id=\"resolve-");
        String reviewersPage = mvc.perform(get("/nominations/{id}", id)
                .with(staff.as("notice-both"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(reviewersPage).contains("异议").doesNotContain("id=\"resolve-", "action-CERTIFY", "action-REJECT");
    }

    @Test
    void objectionsAreShownToStaffAsTextWithTheContactAndNeverPublicly() throws Exception {
        long id = cases.approvedCase();
        NoticeBatch batch = cases.publish(id);
        String receipt = mvc.perform(objection(batch, id, "<script>alert(1)</script>异议", "<b>王五</b>", "wang@example.com",
                        UUID.randomUUID().toString(), "10.9.9.1"))
                .andExpect(redirectedUrlPattern("/public/notices/receipt?no=YY20250930-*&new=1"))
                .andReturn().getResponse().getRedirectedUrl().replaceAll(".*no=([A-Z0-9-]+).*", "$1");
        assertThat(mvc.perform(get("/public/notices/receipt").param("no", receipt)).andReturn().getResponse()
                .getContentAsString()).contains(receipt, "异议已收到，正在核实处理").doesNotContain("wang@example.com", "王五");

        String page = mvc.perform(get("/nominations/{id}", id).with(staff.as(Staff.APPROVER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;异议", "&lt;b&gt;王五&lt;/b&gt;", "wang@example.com",
                "id=\"resolve-", "id=\"action-CERTIFY\"", "公示期：2025-09-30至2025-10-13")
                .doesNotContain("<script>alert(1)</script>", "<b>王五</b>");
        String reviewerPage = mvc.perform(get("/nominations/{id}", id).with(staff.as(Staff.REVIEWER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(reviewerPage).contains("wang@example.com").doesNotContain("id=\"resolve-", "action-CERTIFY");
        String officerPage = mvc.perform(get("/nominations/{id}", id).with(staff.as(Staff.OFFICER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(officerPage).doesNotContain("wang@example.com", "alert(1)");
        for (String publicPage : List.of("/public/notices", "/public/notices/" + batch.id())) {
            assertThat(mvc.perform(get(publicPage)).andReturn().getResponse().getContentAsString())
                    .doesNotContain("wang@example.com", "alert(1)");
        }
        assertThat(mvc.perform(get("/notices/objections").with(staff.as(Staff.REVIEWER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(receipt);
    }

    @Test
    void aDoubleSubmitCountsOnceAndOneClientSendsAtMostFiveInTenMinutes() throws Exception {
        long id = cases.approvedCase();
        NoticeBatch batch = cases.publish(id);
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(objection(batch, id, "重复提交", "张三", "13800138000", key, "10.1.1.1"))
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(objection(batch, id, "重复提交", "张三", "13800138000", key, "10.1.1.1"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        for (int i = 1; i < PublicForms.MAX_PER_CLIENT; i++) {
            mvc.perform(objection(batch, id, "第" + i + "条", "张三", "13800138000", UUID.randomUUID().toString(), "10.1.1.1"))
                    .andExpect(status().is3xxRedirection());
        }
        var tooOften = mvc.perform(objection(batch, id, "第六条", "张三", "13800138000", UUID.randomUUID().toString(), "10.1.1.1")
                        .header("Referer", "http://localhost/public/notices/" + batch.id() + "/cases/" + id + "/objection"))
                .andExpect(status().isSeeOther()).andReturn();
        String refused = cn.jiangxin.testsupport.Redirects.follow(mvc, tooOften).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("您提交得太频繁了，请10分钟后再试", "第六条");
        mvc.perform(objection(batch, id, "换一台电脑", "李四", "010-65090443", UUID.randomUUID().toString(), "10.1.1.2"))
                .andExpect(status().is3xxRedirection());
        assertThat(objections.of(approver, id)).hasSize(PublicForms.MAX_PER_CLIENT + 1);
    }

    @Test
    void anObjectionNeedsTextANameAndAPhoneOrEmailToReachTheObjector() throws Exception {
        long id = cases.approvedCase();
        NoticeBatch batch = cases.publish(id);
        for (String[] bad : new String[][] {{"", "张三", "13800138000", "请填写异议内容"},
                {"内容", "", "13800138000", "请填写姓名"}, {"内容", "张三", "", "请填写联系方式"},
                {"内容", "张三", "12345", "联系方式应为11位手机号码"}, {"长".repeat(2001), "张三", "13800138000", "异议内容不能超过2000字"}}) {
            assertThatThrownBy(() -> objections.file(new Objections.PublicObjection(batch.id(), id, bad[0], bad[1], bad[2],
                    UUID.randomUUID().toString(), "k"))).hasMessageContaining(bad[3]);
        }
        assertThat(file(batch, id, "用座机", "010 - 6509 0443".replace(" 6509 ", "6509"), UUID.randomUUID().toString()))
                .startsWith("YY");
        assertThatThrownBy(() -> objections.file(new Objections.PublicObjection(batch.id(), cases.approvedCase(), "别的案件",
                "张三", "13800138000", UUID.randomUUID().toString(), "k"))).isInstanceOf(cn.jiangxin.platform.NotFoundException.class);
        mvc.perform(get("/public/notices/{b}/cases/{n}/objection", batch.id(), id + 100000)).andExpect(status().isNotFound());
    }

    @Test
    void theNoticePagesAreAccessible() throws Exception {
        long id = cases.approvedCase();
        long waiting = cases.approvedCase();
        NoticeBatch batch = cases.publish(id);
        file(batch, id, "异议", UUID.randomUUID().toString());
        String[][] pages = {{null, "/public/notices"}, {null, "/public/notices/" + batch.id()},
                {null, "/public/notices/" + batch.id() + "/cases/" + id + "/objection"},
                {Staff.APPROVER, "/notices/" + batch.id()}, {Staff.APPROVER, "/notices/new?case=" + waiting},
                {Staff.APPROVER, "/nominations/" + id}, {Staff.REVIEWER, "/notices/objections"}};
        List<String> problems = new java.util.ArrayList<>();
        for (String[] page : pages) {
            var request = get(page[1]);
            if (page[0] != null) {
                request.with(staff.as(page[0]));
            }
            String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            problems.addAll(cn.jiangxin.testsupport.AccessibilityCheck.problems(page[1], org.jsoup.Jsoup.parse(html)));
        }
        assertThat(problems).isEmpty();
        assertThat(mvc.perform(get("/notices/new").param("case", String.valueOf(waiting))
                .with(staff.as(Staff.APPROVER))).andReturn().getResponse().getContentAsString())
                .contains("id=\"case-" + waiting + "\" checked=\"checked\"", "今天发布的公示期为2025-09-30至2025-10-13（5个工作日）");
    }

    private String file(NoticeBatch batch, long id, String body, String key) {
        return file(batch, id, body, "13800138000", key);
    }

    private String file(NoticeBatch batch, long id, String body, String contact, String key) {
        return objections.file(new Objections.PublicObjection(batch.id(), id, body, "赵六", contact, key,
                "client-" + UUID.randomUUID()));
    }

    private MockHttpServletRequestBuilder objection(NoticeBatch batch, long id, String body, String name, String contact,
            String key, String ip) {
        return post("/public/notices/{b}/cases/{n}/objection", batch.id(), id).with(csrf()).param("body", body)
                .param("name", name).param("contact", contact).param("submissionKey", key).with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                });
    }
}
