package cn.jiangxin.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.consultation.demo.ConsultationDemoData;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@JiangxinTest
@MovableClock
class ConsultationWebTest {

    @Autowired MockMvc mvc;
    @Autowired Consultations consultations;
    @Autowired CommentDesk desk;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired FeedbackReports reports;

    private final RequestPostProcessor staff = user("policy").roles("POLICY_ADMIN");
    private long id;
    private long fourth;

    @BeforeEach
    void aConsultationLikeTheSeed() {
        clock.set(Instant.parse("2025-03-12T02:00:00Z"));
        id = consultations.create(new NewConsultation("测试征求意见" + UUID.randomUUID(), "朝阳区人力社保局", "公告",
                CommentWindow.days(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 17)), true,
                ConsultationDemoData.channels(), List.of(new NewConsultation.NewDocument("附件1",
                        ConsultationDemoData.text("draft.txt")))), "policy");
        fourth = consultations.get(id).documents().get(0).articles().get(3).id();
    }

    private MockHttpServletRequestBuilder comment(Long article, String body, String key, String ip) {
        return post("/public/consultations/{id}/comments", id).with(csrf())
                .param("articleId", article == null ? "" : article.toString()).param("body", body)
                .param("submissionKey", key).with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                });
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM consultation_comment WHERE consultation_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void aVisitorReadsTheDraftArticleByArticleAndCommentsOnTheFourth() throws Exception {
        mvc.perform(get("/public/consultations")).andExpect(status().isOk())
                .andExpect(content().string(containsString("测试征求意见")));
        mvc.perform(get("/public/consultations/{id}", id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("第四条 服务支持措施")))
                .andExpect(content().string(containsString("cyrsjzjk224@bjchy.gov.cn")))
                .andExpect(content().string(containsString("2025年3月11日 00:00 至 2025年3月17日 24:00")));
        mvc.perform(comment(fourth, "建议把体检次数写明。", UUID.randomUUID().toString(), "10.1.1.1"))
                .andExpect(redirectedUrlPattern("/public/consultations/receipt?no=YJ20250312-*&new=1"));
        assertThat(desk.of(id)).singleElement().satisfies(c -> {
            assertThat(c.articleId()).isEqualTo(fourth);
            assertThat(c.channel()).isEqualTo(ChannelKind.WEBSITE);
        });
    }

    @Test
    void commentsAreAcceptedUntilTheLastSecondOfTheLastDayOnly() throws Exception {
        clock.set(Instant.parse("2025-03-10T15:59:59Z"));
        mvc.perform(comment(null, "太早", UUID.randomUUID().toString(), "10.0.0.1"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("征求意见尚未开始")));
        clock.set(Instant.parse("2025-03-17T15:59:59Z"));
        mvc.perform(comment(null, "最后一秒", UUID.randomUUID().toString(), "10.0.0.2")).andExpect(status().is3xxRedirection());
        clock.set(Instant.parse("2025-03-17T16:00:00Z"));
        mvc.perform(comment(null, "晚了一秒", UUID.randomUUID().toString(), "10.0.0.3"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("征求意见已于2025-03-17截止")));
        assertThat(desk.of(id)).extracting(CommentView::body).containsExactly("最后一秒");
        mvc.perform(get("/public/consultations/{id}", id)).andExpect(content().string(not(containsString("comment-submit"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">点我</a>"})
    void scriptInCommentsIsShownAsText(String attack) throws Exception {
        String receipt = desk.submit(new CommentDesk.PublicComment(id, fourth, attack, attack, attack,
                UUID.randomUUID().toString(), "xss-" + attack.hashCode()));
        CommentView c = desk.byReceipt(receipt).orElseThrow();
        desk.classify(c.id(), CommentOutcome.NOT_ADOPTED, attack, "policy");
        reports.publish(id, "", "policy");

        for (String page : List.of("/public/consultations/receipt?no=" + receipt, "/public/consultations/" + id + "/report")) {
            String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain(attack).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain("href=\"javascript:");
            assertThat(html).contains(org.springframework.web.util.HtmlUtils.htmlEscape(attack));
        }
        String staffHtml = mvc.perform(get("/consultations/{id}", id).with(staff)).andReturn().getResponse().getContentAsString();
        assertThat(staffHtml).doesNotContain(attack);
    }

    @Test
    void formulaLikeCellsAreNeutralisedInBothExports() throws Exception {
        for (String formula : List.of("=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3")) {
            String receipt = desk.submit(new CommentDesk.PublicComment(id, null, formula, formula, formula,
                    UUID.randomUUID().toString(), "f-" + formula.hashCode()));
            desk.classify(desk.byReceipt(receipt).orElseThrow().id(), CommentOutcome.NOT_ADOPTED, formula, "policy");
        }
        List<String> cells = cells(mvc.perform(get("/consultations/{id}/comments.xlsx", id).with(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        cells.addAll(cells(mvc.perform(get("/consultations/{id}/report.xlsx", id).with(staff))
                .andReturn().getResponse().getContentAsByteArray()));
        assertThat(cells).contains("'=HYPERLINK(\"http://evil\",\"x\")", "'+cmd|' /C calc'!A0", "'@SUM(1+1)", "'-2+3");
        assertThat(cells).noneMatch(v -> v.startsWith("=") || v.startsWith("+") || v.startsWith("@") || v.startsWith("-"));
    }

    private static List<String> cells(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : wb.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    rows.forEach((Row r) -> r.forEach(c -> {
                        if (c != null && c.getRawValue() != null) {
                            out.add(c.getText());
                        }
                    }));
                }
            }
        }
        return out;
    }

    @Test
    void aDoubleSubmitGivesOneCommentAndTheSameReceipt() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(comment(fourth, "重复提交", key, "10.2.2.2")).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(comment(fourth, "重复提交", key, "10.2.2.2")).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aClientCommentingTooOftenIsSlowedDown() throws Exception {
        for (int i = 0; i < cn.jiangxin.platform.PublicForms.MAX_PER_CLIENT; i++) {
            mvc.perform(comment(null, "意见" + i, UUID.randomUUID().toString(), "10.3.3.3")).andExpect(status().is3xxRedirection());
        }
        mvc.perform(comment(null, "再来一条", UUID.randomUUID().toString(), "10.3.3.3"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("您提交得太频繁了")));
        mvc.perform(comment(null, "别的访客", UUID.randomUUID().toString(), "10.4.4.4")).andExpect(status().is3xxRedirection());
        clock.advance(cn.jiangxin.platform.PublicForms.RATE_WINDOW.plus(Duration.ofSeconds(1)));
        mvc.perform(comment(null, "过了十分钟", UUID.randomUUID().toString(), "10.3.3.3")).andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(cn.jiangxin.platform.PublicForms.MAX_PER_CLIENT + 2);
    }

    @Test
    void aRefusedCommentComesBackToItsPageAsTypedWithANewKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String page = "http://localhost/public/consultations/" + id + "?article=" + fourth;
        var refused = mvc.perform(comment(fourth, "长".repeat(CommentDesk.MAX_BODY + 1), key, "10.6.6.6")
                        .param("name", "李四").header("Referer", page))
                .andExpect(status().isSeeOther()).andReturn();
        var form = org.jsoup.Jsoup.parse(cn.jiangxin.testsupport.Redirects.follow(mvc, refused)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#refusal").text()).contains("意见内容不能超过2000字");
        assertThat(form.select("textarea[name=body]").text()).hasSize(CommentDesk.MAX_BODY + 1);
        assertThat(form.select("input[name=name]").val()).isEqualTo("李四");
        assertThat(form.select("input[name=submissionKey]").val()).isNotBlank().isNotEqualTo(key);
        assertThat(count()).isZero();
    }

    @Test
    void overlongOrEmptyCommentsAreRefusedAndNothingIsSaved() throws Exception {
        mvc.perform(comment(null, "长".repeat(CommentDesk.MAX_BODY + 1), UUID.randomUUID().toString(), "10.5.5.5"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("意见内容不能超过2000字，当前2001字")));
        mvc.perform(comment(null, "  \u0000 ", UUID.randomUUID().toString(), "10.5.5.5"))
                .andExpect(content().string(containsString("请填写意见内容")));
        mvc.perform(comment(null, "没有表单令牌", "", "10.5.5.5")).andExpect(content().string(containsString("表单已失效")));
        long other = consultations.create(new NewConsultation("另一个" + UUID.randomUUID(), "局", "",
                CommentWindow.days(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 30)), true, List.of(),
                List.of(new NewConsultation.NewDocument("稿", "第一条 甲\n内容。"))), "policy");
        long foreignArticle = consultations.get(other).documents().get(0).articles().get(0).id();
        mvc.perform(comment(foreignArticle, "别的条款", UUID.randomUUID().toString(), "10.5.5.5"))
                .andExpect(content().string(containsString("所选条款不属于本次征求意见")));
        assertThat(count()).isZero();
    }

    @Test
    void hiddenConsultationsDoNotExistForThePublic() throws Exception {
        consultations.setVisible(id, false);
        mvc.perform(get("/public/consultations/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(comment(null, "看不见", UUID.randomUUID().toString(), "10.6.6.6")).andExpect(status().isNotFound());
        mvc.perform(get("/public/consultations")).andExpect(content().string(not(containsString("/public/consultations/" + id + "\""))));
        mvc.perform(get("/consultations/{id}", id).with(staff)).andExpect(status().isOk());
    }

    @Test
    void staffRecordOtherChannelsClassifyEverythingAndPublishTheReport() throws Exception {
        String web = desk.submit(new CommentDesk.PublicComment(id, fourth, "", "", "网站意见", UUID.randomUUID().toString(), "w"));
        mvc.perform(post("/consultations/{id}/comments", id).with(staff).with(csrf()).param("channel", "PHONE")
                        .param("receivedOn", "2025-03-12").param("articleId", String.valueOf(fourth))
                        .param("body", "电话意见：希望增加观影次数").param("name", "王先生").param("contact", "13900000000")
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/consultations/" + id + "#record"));
        mvc.perform(post("/consultations/{id}/comments", id).with(staff).with(csrf()).param("channel", "POST")
                .param("receivedOn", "2025-03-13").param("body", "明天的信").param("submissionKey", UUID.randomUUID().toString()));
        assertThat(desk.of(id)).hasSize(2);
        assertThatThrownBy(() -> desk.record(new CommentDesk.RecordedComment(id, null, ChannelKind.POST, "", "", "未来的信",
                LocalDate.of(2025, 3, 13), UUID.randomUUID().toString()), "policy")).hasMessageContaining("不能晚于今天");

        mvc.perform(post("/consultations/{id}/report", id).with(staff).with(csrf()));
        assertThat(consultations.get(id).reportPublished()).as("refused while comments are unclassified").isFalse();

        CommentView phone = desk.of(id).stream().filter(c -> c.channel() == ChannelKind.PHONE).findFirst().orElseThrow();
        CommentView site = desk.byReceipt(web).orElseThrow();
        assertThatThrownBy(() -> desk.classify(site.id(), CommentOutcome.NOT_ADOPTED, "", "policy")).hasMessageContaining("请写明理由");
        mvc.perform(post("/consultations/{id}/comments/{c}/classify", id, site.id()).with(staff).with(csrf())
                .param("outcome", "ADOPTED").param("reason", ""));
        mvc.perform(post("/consultations/{id}/comments/{c}/classify", id, phone.id()).with(staff).with(csrf())
                .param("outcome", "PARTLY_ADOPTED").param("reason", "观影次数由年度配额确定"));
        mvc.perform(post("/consultations/{id}/report", id).with(staff).with(csrf()).param("summary", "共收到2条意见。"))
                .andExpect(redirectedUrl("/consultations/" + id + "#report"));
        assertThat(consultations.get(id).reportPublished()).isTrue();

        String reportPage = mvc.perform(get("/public/consultations/{id}/report", id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("第四条 服务支持措施")))
                .andExpect(content().string(containsString("观影次数由年度配额确定")))
                .andExpect(content().string(not(containsString("王先生"))))
                .andExpect(content().string(not(containsString("13900000000")))).andReturn().getResponse()
                .getContentAsString();
        assertThat(Breadcrumbs.problems("/public/consultations/" + id + "/report", reportPage)).isEmpty();
        mvc.perform(get("/public/consultations/receipt").param("no", web.toLowerCase()))
                .andExpect(content().string(containsString("采纳")));
        FeedbackReport report = reports.compile(id);
        assertThat(report.count(ChannelKind.PHONE, CommentOutcome.PARTLY_ADOPTED)).isEqualTo(1);
        assertThat(report.count(ChannelKind.WEBSITE, CommentOutcome.ADOPTED)).isEqualTo(1);
        assertThat(report.sections()).singleElement().satisfies(s -> assertThat(s.comments()).hasSize(2));
    }

    @Test
    void aReportIsNotPublicBeforeItIsPublished() throws Exception {
        mvc.perform(get("/public/consultations/{id}/report", id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/consultations/receipt").param("no", "YJ20250312-NOSUCH"))
                .andExpect(content().string(containsString("没有找到这个回执编号")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TALENT", "UNIT_OFFICER", "REVIEWER", "APPROVER", "FINANCE", "PROVIDER", "SYSTEM_ADMIN"})
    void onlyPolicyStaffManageConsultations(String role) throws Exception {
        var other = user("x").roles(role);
        for (String page : List.of("/consultations", "/consultations/new", "/consultations/" + id, "/consultations/" + id + "/comments.xlsx")) {
            mvc.perform(get(page).with(other)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/consultations/{id}/report", id).with(other).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/consultations").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void policyStaffCreateAConsultationFromPastedTextAndPreviewTheSplit() throws Exception {
        mvc.perform(get("/consultations/new").with(staff)).andExpect(status().isOk());
        mvc.perform(post("/consultations/preview").with(staff).with(csrf()).param("slot", "0")
                        .param("docTexts[0]", ConsultationDemoData.text("draft.txt")))
                .andExpect(content().string(containsString("识别出3章、7条")));
        mvc.perform(post("/consultations").with(staff).with(csrf()).param("title", "新的征求意见")
                        .param("issuer", "朝阳区人力社保局").param("opensOn", "2025-04-01").param("closesOn", "2025-03-30")
                        .param("docTitles[0]", "附件1").param("docTexts[0]", "第一条 甲\n内容"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("截止时间必须晚于开始时间")));
        String location = mvc.perform(post("/consultations").with(staff).with(csrf()).param("title", "新的征求意见")
                        .param("issuer", "朝阳区人力社保局").param("opensOn", "2025-04-01").param("closesOn", "2025-04-07")
                        .param("closesTime", "17:30").param("docTitles[0]", "附件1")
                        .param("docTexts[0]", ConsultationDemoData.text("draft.txt")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        ConsultationView created = consultations.get(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(created.visible()).isFalse();
        assertThat(created.window().closesAt()).isEqualTo(Instant.parse("2025-04-07T09:30:00Z"));
        assertThat(created.documents().get(0).articles()).hasSize(7);
    }
}
