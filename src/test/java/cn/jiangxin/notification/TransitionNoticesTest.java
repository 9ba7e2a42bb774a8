package cn.jiangxin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.identity.TalentAccounts;
import cn.jiangxin.nomination.NominationAction;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.nomination.NominationTransitioned;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who is told about which transition, that a redelivered event adds nothing, that mail goes out only when switched
 * on and a failed mail changes nothing else, and that each user reads and marks only their own notifications.
 */
@JiangxinTest
class TransitionNoticesTest {

    @Autowired NotificationStore store;
    @Autowired NotificationMail appMail;
    @Autowired AccountDirectory directory;
    @Autowired AccountRegistry accounts;
    @Autowired TalentAccounts talents;
    @Autowired People people;
    @Autowired MessageSource messages;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Staff staff;

    /** Called directly, not through the bean, whose listener method runs asynchronously after a commit. */
    TransitionNotices notices;
    CurrentUser officer;
    long otherOfficer;
    long lina;
    long talent;
    long nomination;

    CurrentUser signedIn(String username) {
        return staff.signedIn(username);
    }

    @BeforeEach
    void setUp() {
        notices = new TransitionNotices(directory, people, store, appMail, messages, clock);
        officer = staff.officer();
        staff.reviewer();
        staff.approver();
        if (!accounts.exists("notice-officer")) {
            accounts.create(new NewAccount("notice-officer", "经办人乙", "Officer-2026x", Set.of(Role.UNIT_OFFICER),
                    officer.unitId(), false));
        }
        otherOfficer = signedIn("notice-officer").accountId();
        lina = TestPeople.named(people, officer, "李娜", Sex.FEMALE);
        talents.openFor(lina, "李娜");
        talent = directory.ofPerson(lina).orElseThrow().accountId();
        nomination = 1_000_000 + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    NominationTransitioned event(NominationAction action, NominationState from, long actor, String reason) {
        return new NominationTransitioned(nomination, lina, officer.unitId(), from, action.target(), action, actor,
                Instant.parse("2026-05-01T02:00:00Z").plusSeconds(action.ordinal()), reason);
    }

    Map<Long, String> rowsOf(long nominationId) {
        Map<Long, String> rows = new java.util.HashMap<>();
        jdbc.sql("SELECT recipient_account_id, link FROM notification WHERE event_key LIKE ?")
                .param("nomination:" + nominationId + ":%")
                .query((rs, n) -> rows.merge(rs.getLong(1), rs.getString(2), (a, b) -> a + "," + b)).list();
        return rows;
    }

    List<Long> idsWithRole(Role role) {
        return directory.withRole(role).stream().map(AccountDirectory.Contact::accountId).toList();
    }

    @Test
    void aSubmissionTellsTheTalentTheOtherOfficersAndEveryReviewerButNotTheOfficerWhoSubmitted() {
        notices.on(event(NominationAction.SUBMIT, NominationState.DRAFT, officer.accountId(), null));
        Map<Long, String> rows = rowsOf(nomination);
        assertThat(rows).containsEntry(talent, "/my/nominations/" + nomination)
                .containsEntry(otherOfficer, "/nominations/" + nomination)
                .doesNotContainKey(officer.accountId());
        assertThat(rows.keySet()).containsAll(idsWithRole(Role.REVIEWER));
        assertThat(rows.keySet()).doesNotContainAnyElementsOf(idsWithRole(Role.APPROVER));
    }

    @Test
    void reviewStepsTellTheUnitAndTheTalentAndAPassedReviewTellsTheApprovers() {
        long reviewer = staff.reviewer().accountId();
        notices.on(event(NominationAction.TAKE, NominationState.SUBMITTED, reviewer, null));
        assertThat(rowsOf(nomination).keySet()).containsExactlyInAnyOrder(officer.accountId(), otherOfficer, talent);

        nomination++;
        notices.on(event(NominationAction.PASS, NominationState.UNDER_REVIEW, reviewer, null));
        assertThat(rowsOf(nomination).keySet()).containsAll(idsWithRole(Role.APPROVER))
                .contains(officer.accountId(), otherOfficer, talent).doesNotContain(reviewer);
    }

    @Test
    void theTextNamesThePersonForStaffAndSpeaksToTheTalentAndCarriesTheReason() {
        notices.on(event(NominationAction.RETURN, NominationState.UNDER_REVIEW, staff.reviewer().accountId(),
                "证书照片不清晰"));
        var texts = jdbc.sql("SELECT recipient_account_id, title, body FROM notification WHERE event_key LIKE ?")
                .param("nomination:" + nomination + ":%")
                .query((rs, n) -> new String[] {String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(3)}).list();
        assertThat(texts).anySatisfy(t -> {
            assertThat(t[0]).isEqualTo(String.valueOf(officer.accountId()));
            assertThat(t[1]).isEqualTo("李娜的推荐案件：已退回");
            assertThat(t[2]).isEqualTo("退回修改（初审中 → 已退回）\n理由：证书照片不清晰\n下一步：推荐单位按退回理由修改后重新提交");
        });
        assertThat(texts).anySatisfy(t -> {
            assertThat(t[0]).isEqualTo(String.valueOf(talent));
            assertThat(t[1]).isEqualTo("您的推荐案件：已退回");
        });
    }

    @Test
    void aRedeliveredEventAddsNothing() {
        NominationTransitioned e = event(NominationAction.SUBMIT, NominationState.DRAFT, officer.accountId(), null);
        notices.on(e);
        long once = jdbc.sql("SELECT COUNT(*) FROM notification WHERE event_key LIKE ?")
                .param("nomination:" + nomination + ":%").query(Long.class).single();
        notices.on(e);
        notices.on(e);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE event_key LIKE ?")
                .param("nomination:" + nomination + ":%").query(Long.class).single()).isEqualTo(once).isPositive();
    }

    /** A mail server stand-in that records what it is given, or refuses everything. */
    static class CapturingSender implements MailSender {
        final List<SimpleMailMessage> sent = new ArrayList<>();
        boolean refuse;

        @Override
        public void send(SimpleMailMessage message) {
            send(new SimpleMailMessage[] {message});
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            if (refuse) {
                throw new MailSendException("SMTP server refused");
            }
            sent.addAll(List.of(messages));
        }
    }

    static ObjectProvider<MailSender> provider(MailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return beans.getBeanProvider(MailSender.class);
    }

    TransitionNotices withMail(CapturingSender sender) {
        NotificationMail mail = new NotificationMail(provider(sender), messages, true, "noreply@rsj.example.cn",
                "https://jiangxin.example.cn/");
        return new TransitionNotices(directory, people, store, mail, messages, clock);
    }

    String mailStatusOf(long account) {
        return jdbc.sql("SELECT mail_status FROM notification WHERE event_key LIKE ? AND recipient_account_id = ?")
                .params("nomination:" + nomination + ":%", account)
                .query((rs, n) -> java.util.Objects.toString(rs.getString(1), "none")).single();
    }

    @Test
    void mailGoesOnlyToAccountsWithAnAddressOnceMailIsSwitchedOn() {
        accounts.setEmail(talent, "lina@example.com");
        try {
            CapturingSender sender = new CapturingSender();
            withMail(sender).on(event(NominationAction.RETURN, NominationState.UNDER_REVIEW,
                    staff.reviewer().accountId(), "证书照片不清晰"));
            assertThat(sender.sent).singleElement().satisfies(m -> {
                assertThat(m.getTo()).containsExactly("lina@example.com");
                assertThat(m.getFrom()).isEqualTo("noreply@rsj.example.cn");
                assertThat(m.getSubject()).isEqualTo("【匠心】您的推荐案件：已退回");
                assertThat(m.getText()).contains("退回修改（初审中 → 已退回）",
                        "https://jiangxin.example.cn/my/nominations/" + nomination).doesNotContain("证书照片不清晰");
            });
            assertThat(mailStatusOf(talent)).isEqualTo("SENT");
            assertThat(mailStatusOf(officer.accountId())).as("no address, no mail").isEqualTo("none");
        } finally {
            accounts.setEmail(talent, "");
        }
    }

    @Test
    void aMailThatFailsIsMarkedAndTheNotificationStays() {
        accounts.setEmail(talent, "lina@example.com");
        try {
            CapturingSender down = new CapturingSender();
            down.refuse = true;
            withMail(down).on(event(NominationAction.TAKE, NominationState.SUBMITTED, staff.reviewer().accountId(), null));
            assertThat(mailStatusOf(talent)).isEqualTo("FAILED");
            assertThat(rowsOf(nomination)).containsKeys(talent, officer.accountId());
        } finally {
            accounts.setEmail(talent, "");
        }
    }

    @Test
    void mailIsOffUnlessSwitchedOnAndAServerIsConfigured() {
        assertThat(appMail.enabled()).as("the application as configured: no spring.mail.host").isFalse();
        assertThat(new NotificationMail(provider(new CapturingSender()), messages, false, "", "").enabled()).isFalse();
        assertThat(new NotificationMail(provider(null), messages, true, "", "").enabled()).isFalse();
        assertThat(new NotificationMail(provider(new CapturingSender()), messages, true, "", "").enabled()).isTrue();
    }

    @Test
    void eachUserCountsReadsAndMarksOnlyTheirOwnNotifications() throws Exception {
        notices.on(event(NominationAction.SUBMIT, NominationState.DRAFT, officer.accountId(), null));
        var as = staff.as("notice-officer");
        long unread = store.unread(otherOfficer);
        assertThat(unread).isPositive();
        var home = Jsoup.parse(mvc.perform(get("/").with(as)).andReturn().getResponse().getContentAsString());
        assertThat(home.getElementById("unread-count").text()).isEqualTo(String.valueOf(unread));

        long mine = jdbc.sql("SELECT id FROM notification WHERE event_key LIKE ? AND recipient_account_id = ?")
                .params("nomination:" + nomination + ":%", otherOfficer).query(Long.class).single();
        long theirs = jdbc.sql("SELECT id FROM notification WHERE event_key LIKE ? AND recipient_account_id = ?")
                .params("nomination:" + nomination + ":%", talent).query(Long.class).single();
        var page = Jsoup.parse(mvc.perform(get("/notifications").with(as)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.getElementById("notification-" + mine).text()).contains("李娜的推荐案件：已提交", "未读");
        assertThat(page.getElementById("notification-" + theirs)).isNull();

        mvc.perform(post("/notifications/" + theirs + "/read").with(csrf()).with(as)).andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + theirs + "/open").with(csrf()).with(as)).andExpect(status().isNotFound());
        assertThat(store.unread(talent)).isPositive();

        mvc.perform(post("/notifications/" + mine + "/open").with(csrf()).with(as))
                .andExpect(redirectedUrl("/nominations/" + nomination));
        assertThat(store.unread(otherOfficer)).isEqualTo(unread - 1);
        mvc.perform(post("/notifications/read-all").with(csrf()).with(as)).andExpect(redirectedUrl("/notifications"));
        assertThat(store.unread(otherOfficer)).isZero();
        var after = Jsoup.parse(mvc.perform(get("/").with(as)).andReturn().getResponse().getContentAsString());
        assertThat(after.getElementById("unread-count")).isNull();
    }
}
