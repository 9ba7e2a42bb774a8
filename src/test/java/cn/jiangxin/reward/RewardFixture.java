package cn.jiangxin.reward;

import cn.jiangxin.payment.BankDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.ledger.NewAllocation;
import cn.jiangxin.person.People;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.testsupport.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for rewards on the kit's accounts (with or without demo data): certification events with fresh medals of
 * people of {@link Staff#UNIT} (the training school) nominated by {@link Staff#UNIT2}, a talent account linked to its
 * person (there is no page for that yet), and a reward budget to pay from.
 */
record RewardFixture(JdbcClient jdbc, Staff staff, People people, AccountRegistry accounts, Allocations allocations,
        PolicyVersions versions) {

    /** The training unit of every medal: {@link Staff#OFFICER}'s school. */
    static final String SCHOOL = Staff.UNIT;
    private static final AtomicLong CERTIFICATIONS = new AtomicLong(900_000);

    /** The person of that name in the school, registered once. */
    long person(String name) {
        return TestPeople.named(people, staff.officer(), name, null);
    }

    /** A certification of the person with one new gold medal whose training unit is the school. */
    TalentCertified goldFor(String personName) {
        long personId = person(personName);
        String medal = TalentCertified.WorldSkillsGold.keyOf(personId, LocalDate.of(2024, 9, 15)) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return certification(personId, List.of(new TalentCertified.WorldSkillsGold(medal, LocalDate.of(2024, 9, 15),
                "第47届世界技能大赛焊接项目金牌", staff.officer().unitId())));
    }

    /**
     * A new person of the school, named uniquely, certified with {@code golds} gold medals whose descriptions start
     * with {@code token} (so a search for it finds exactly these cases), the i-th won on 2020-01-01 plus i days.
     */
    TalentCertified golds(String token, int golds) {
        long personId = person(uniqueName());
        List<TalentCertified.WorldSkillsGold> medals = new java.util.ArrayList<>();
        for (int i = 0; i < golds; i++) {
            LocalDate wonOn = LocalDate.of(2020, 1, 1).plusDays(i);
            medals.add(new TalentCertified.WorldSkillsGold(TalentCertified.WorldSkillsGold.keyOf(personId, wonOn) + "-"
                    + UUID.randomUUID().toString().substring(0, 8), wonOn, String.format("%s 第%02d枚金牌", token, i),
                    staff.officer().unitId()));
        }
        return certification(personId, medals);
    }

    /** A Chinese name no other test uses: 测试 and three random characters. */
    static String uniqueName() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder("测试");
        for (int i = 0; i < 3; i++) {
            name.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return name.toString();
    }

    /** A token of letters for medal descriptions and references that no other test uses. */
    static String token() {
        return "tok" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    TalentCertified certification(long personId, List<TalentCertified.WorldSkillsGold> golds) {
        String version = versions.inForceOn(LocalDate.of(2025, 6, 1)).orElseThrow().code();
        return new TalentCertified(CERTIFICATIONS.incrementAndGet(), personId, 1, staff.officer2().unitId(), version,
                LocalDate.of(2025, 6, 1), LocalDate.of(2027, 6, 1), golds);
    }

    /** One of the kit's accounts ({@link Staff}), or another account, signed in. */
    CurrentUser user(String username) {
        return staff.signedIn(username);
    }

    /** A TALENT account for the person, created once and linked to them. */
    CurrentUser talent(String username, String personName) {
        if (!accounts.exists(username)) {
            TestAccounts.talent(accounts, jdbc, username, personName, "Talent-2025-xyz", person(personName));
        }
        return user(username);
    }

    /** Adds a budget allocation large enough for a few rewards (a million yuan). */
    void fundBudget() {
        allocations.record(user(Staff.FINANCE), new NewAllocation(100_000_000L, "京财社〔2025〕" + UUID.randomUUID() + "号",
                LocalDate.of(2025, 3, 20)), UUID.randomUUID().toString());
    }

    static BankDetails bank(String holder) {
        return new BankDetails(holder, "中国工商银行北京朝阳支行", "6222 0202 0001 2345 678");
    }
}
