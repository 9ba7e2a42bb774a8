package cn.jiangxin.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.identity.TalentAccounts;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.reward.BeneficiaryKind;
import cn.jiangxin.reward.RewardPaid;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A paid reward tells the talent, or every officer of the training unit, in the application and by mail with the
 * amount, the date and the masked account; a redelivered event adds nothing.
 */
@JiangxinTest
class RewardNoticesTest {

    @Autowired NotificationStore store;
    @Autowired AccountDirectory directory;
    @Autowired AccountRegistry accounts;
    @Autowired TalentAccounts talents;
    @Autowired People people;
    @Autowired MessageSource messages;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Staff staff;

    TransitionNoticesTest.CapturingSender sender;
    RewardNotices notices;
    CurrentUser officer;
    long caseId;

    @BeforeEach
    void setUp() {
        sender = new TransitionNoticesTest.CapturingSender();
        notices = new RewardNotices(directory, new Deliveries(store, new NotificationMail(
                TransitionNoticesTest.provider(sender), messages, true, "noreply@rsj.example.cn",
                "https://jiangxin.example.cn"), clock), messages);
        officer = staff.officer();
        caseId = 2_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    RewardPaid paid(BeneficiaryKind kind, long beneficiaryId, long personId, String name) {
        return new RewardPaid(caseId, kind, beneficiaryId, personId, name, "第47届世界技能大赛焊接项目金牌",
                10_000_000L, "中国工商银行北京朝阳支行", "6222 **** **** 5678", LocalDate.of(2026, 5, 8),
                Instant.parse("2026-05-08T02:00:00Z"));
    }

    List<String[]> rows() {
        return jdbc.sql("SELECT recipient_account_id, title, body, link FROM notification WHERE event_key = ?")
                .param("reward-paid:" + caseId).query((rs, n) -> new String[] {String.valueOf(rs.getLong(1)),
                        rs.getString(2), rs.getString(3), rs.getString(4)}).list();
    }

    @Test
    void theTalentIsToldInTheApplicationAndByMailWithTheDateAndOnlyOnce() {
        long person = TestPeople.register(people, officer, "赵强", Sex.MALE);
        talents.openFor(person, "赵强");
        long talent = directory.ofPerson(person).orElseThrow().accountId();
        accounts.setEmail(talent, "zhaoqiang@example.com");
        try {
            RewardPaid e = paid(BeneficiaryKind.PERSON, person, person, "赵强");
            notices.on(e);
            notices.on(e);
            assertThat(rows()).singleElement().satisfies(r -> {
                assertThat(r[0]).isEqualTo(String.valueOf(talent));
                assertThat(r[1]).isEqualTo("奖励已发放：100,000.00 元");
                assertThat(r[2]).contains("100,000.00 元已于 2026年5月8日 支付至 中国工商银行北京朝阳支行 账户 6222 **** **** 5678");
                assertThat(r[3]).isEqualTo("/my/rewards");
            });
            assertThat(sender.sent).singleElement().satisfies(m -> {
                assertThat(m.getTo()).containsExactly("zhaoqiang@example.com");
                assertThat(m.getText()).contains("2026年5月8日").contains("https://jiangxin.example.cn/my/rewards");
            });
        } finally {
            accounts.setEmail(talent, "");
        }
    }

    @Test
    void everyOfficerOfTheTrainingUnitIsTold() {
        if (!accounts.exists("reward-officer")) {
            accounts.create(new NewAccount("reward-officer", "经办人丙", "Officer-2026x", Set.of(Role.UNIT_OFFICER),
                    officer.unitId(), false));
        }
        notices.on(paid(BeneficiaryKind.TRAINING_UNIT, officer.unitId(), 1L, Staff.UNIT));
        List<Long> officers = directory.officersOf(officer.unitId()).stream().map(AccountDirectory.Contact::accountId)
                .toList();
        assertThat(rows()).extracting(r -> Long.parseLong(r[0])).containsExactlyInAnyOrderElementsOf(officers)
                .contains(officer.accountId());
        assertThat(rows()).allSatisfy(r -> {
            assertThat(r[2]).startsWith("贵单位作为培养单位获得的世界技能大赛金牌一次性奖励");
            assertThat(r[3]).isEqualTo("/unit/rewards");
        });
    }
}
