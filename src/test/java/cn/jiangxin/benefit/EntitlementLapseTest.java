package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@JiangxinTest
@MovableClock
class EntitlementLapseTest {

    @Autowired EntitlementGrants grants;
    @Autowired Entitlements entitlements;
    @Autowired EntitlementLapseJob job;
    @Autowired EntitlementLapses lapses;
    @Autowired People people;
    @Autowired Units units;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired MutableClock clock;

    List<String> stored(long person) {
        return jdbc.sql("SELECT DISTINCT status FROM entitlement WHERE person_id = ?").param(person)
                .query(String.class).list();
    }

    @Test
    void theNightlyJobLapsesEntitlementsTheDayAfterTheirLastDayAndPagesDoNotWaitForIt() {
        long person = BenefitFixture.newPerson(people, units, "蒋期满");
        grants.grant(BenefitFixture.certified(person, LocalDate.of(2020, 3, 10)));

        BenefitFixture.setToday(clock, LocalDate.of(2022, 3, 9));
        job.nightly();
        assertThat(stored(person)).containsExactly("ACTIVE");
        assertThat(entitlements.ofPerson(person, entitlements.today()))
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EntitlementStatus.ACTIVE));

        BenefitFixture.setToday(clock, LocalDate.of(2022, 3, 10));
        assertThat(entitlements.ofPerson(person, entitlements.today()))
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EntitlementStatus.LAPSED));
        assertThat(stored(person)).containsExactly("ACTIVE");

        job.nightly();
        assertThat(stored(person)).containsExactly("LAPSED");
        List<Entitlement> all = entitlements.ofPerson(person, entitlements.today());
        assertThat(all).allSatisfy(e -> assertThat(audit.latest("system", "entitlement", String.valueOf(e.id()), 10))
                .extracting(r -> r.action()).containsExactly("ENTITLEMENT_LAPSED"));

        job.nightly();
        assertThat(all).allSatisfy(e -> assertThat(audit.latest("", "entitlement", String.valueOf(e.id()), 10))
                .hasSize(1));
    }

    @Test
    void twoRunsAtOnceLapseEachEntitlementOnce() throws Exception {
        long person = BenefitFixture.newPerson(people, units, "沈并发");
        grants.grant(BenefitFixture.certified(person, LocalDate.of(2019, 1, 1)));
        int due = jdbc.sql("SELECT COUNT(*) FROM entitlement WHERE status = 'ACTIVE' AND valid_until_exclusive <= ?")
                .param(LocalDate.of(2021, 1, 1)).query(Integer.class).single();
        assertThat(due).isGreaterThanOrEqualTo(entitlements.ofPerson(person, LocalDate.of(2021, 1, 1)).size());

        List<Object> counts = RedemptionTest.race(2, i -> lapses.lapseDue(LocalDate.of(2021, 1, 1)));

        assertThat(counts).allSatisfy(c -> assertThat(c).isInstanceOf(Integer.class));
        assertThat(counts.stream().mapToInt(c -> (Integer) c).sum()).isEqualTo(due);
        assertThat(stored(person)).containsExactly("LAPSED");
        for (Entitlement e : entitlements.ofPerson(person, LocalDate.of(2021, 1, 1))) {
            assertThat(audit.latest("", "entitlement", String.valueOf(e.id()), 10)).extracting(r -> r.action())
                    .containsExactly("ENTITLEMENT_LAPSED");
        }
    }
}
