package cn.jiangxin.reward;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.testsupport.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test data for rewards on the demo data: certification events with fresh medals, the demo people and units, and a
 * talent account linked to its person (there is no page for that yet).
 */
record RewardFixture(JdbcClient jdbc, UserDetailsService users, AccountRegistry accounts, PolicyVersions versions) {

    static final String SCHOOL = "北京市朝阳区职业技能培训学校";
    private static final AtomicLong CERTIFICATIONS = new AtomicLong(900_000);

    long person(String name) {
        return jdbc.sql("SELECT id FROM person WHERE name = ?").param(name).query(Long.class).single();
    }

    long unit(String name) {
        return jdbc.sql("SELECT id FROM unit WHERE name = ?").param(name).query(Long.class).single();
    }

    /** A certification of the person with one new gold medal whose training unit is the demo school. */
    TalentCertified goldFor(String personName) {
        long personId = person(personName);
        String medal = TalentCertified.WorldSkillsGold.keyOf(personId, LocalDate.of(2024, 9, 15)) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return certification(personId, List.of(new TalentCertified.WorldSkillsGold(medal, LocalDate.of(2024, 9, 15),
                "第47届世界技能大赛焊接项目金牌", unit(SCHOOL))));
    }

    TalentCertified certification(long personId, List<TalentCertified.WorldSkillsGold> golds) {
        String version = versions.inForceOn(LocalDate.of(2025, 6, 1)).orElseThrow().code();
        return new TalentCertified(CERTIFICATIONS.incrementAndGet(), personId, 1, unit("北京燕京精密制造有限公司"), version,
                LocalDate.of(2025, 6, 1), LocalDate.of(2027, 6, 1), golds);
    }

    CurrentUser user(String username) {
        return TestAccounts.signedIn(users, username);
    }

    /** A TALENT account for the person, created once and linked to them. */
    CurrentUser talent(String username, String personName) {
        if (!accounts.exists(username)) {
            TestAccounts.talent(accounts, jdbc, username, personName, "Talent-2025-xyz", person(personName));
        }
        return user(username);
    }

    static BankDetails bank(String holder) {
        return new BankDetails(holder, "中国工商银行北京朝阳支行", "6222 0202 0001 2345 678");
    }
}
