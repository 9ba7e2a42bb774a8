package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.person.People;
import cn.jiangxin.policy.PolicyTerms.Measure;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.policy.SupportPeriod;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@JiangxinTest
@MovableClock
class EntitlementGrantTest {

    @Autowired EntitlementGrants grants;
    @Autowired Entitlements entitlements;
    @Autowired PolicyVersions versions;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired People people;
    @Autowired Units units;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    @Test
    void certificationGrantsExactlyTheMeasuresOfItsPolicyVersionWithTheirQuotas() {
        long person = BenefitFixture.newPerson(people, units, "赵认定");
        TalentCertified event = BenefitFixture.certified(person, LocalDate.of(2026, 5, 1));
        tx.executeWithoutResult(s -> events.publishEvent(event));

        await().atMost(Duration.ofSeconds(20)).until(() -> entitlements.ofPerson(person, LocalDate.of(2026, 5, 1)).size()
                == versions.published(BenefitFixture.VERSION).orElseThrow().terms().measures().size());
        List<Measure> measures = versions.published(BenefitFixture.VERSION).orElseThrow().terms().measures();
        List<Entitlement> granted = entitlements.ofPerson(person, LocalDate.of(2026, 5, 1));
        assertThat(granted).extracting(Entitlement::code, Entitlement::article, Entitlement::quotaPerYear)
                .containsExactlyElementsOf(measures.stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.code(), m.article(), m.quotaPerYear())).toList());
        assertThat(granted).filteredOn(Entitlement::isService).extracting(Entitlement::code, Entitlement::quotaPerYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HEALTH_CHECKUP", 1),
                        org.assertj.core.groups.Tuple.tuple("CINEMA", 6),
                        org.assertj.core.groups.Tuple.tuple("PARK_VISIT", 12),
                        org.assertj.core.groups.Tuple.tuple("HOLIDAY_CARE", 2));
        assertThat(granted).allSatisfy(e -> {
            assertThat(e.period()).isEqualTo(new SupportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2028, 5, 1)));
            assertThat(e.lastDay()).isEqualTo(LocalDate.of(2028, 4, 30));
            assertThat(e.status()).isEqualTo(EntitlementStatus.ACTIVE);
            assertThat(e.certificationId()).isEqualTo(event.certificationId());
            assertThat(e.policyVersion()).isEqualTo(BenefitFixture.VERSION);
        });
        assertThat(granted).filteredOn(e -> e.code().equals("PARK_VISIT")).singleElement()
                .satisfies(e -> assertThat(e.leftThisYear()).isEqualTo(12));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM entitlement_usage u JOIN entitlement e ON e.id = u.entitlement_id
                WHERE e.person_id = ?""").param(person).query(Integer.class).single()).isEqualTo(4 * 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
                .param("%\"certificationId\":" + event.certificationId() + "%").query(Integer.class).single() == 0);
        assertThat(audit.latest("", "certification", String.valueOf(event.certificationId()), 10))
                .singleElement().satisfies(r -> assertThat(r.action()).isEqualTo("ENTITLEMENTS_GRANTED"));
    }

    @Test
    void aRedeliveredEventGrantsNothingTwice() {
        long person = BenefitFixture.newPerson(people, units, "钱重复");
        TalentCertified event = BenefitFixture.certified(person, LocalDate.of(2026, 3, 1));
        int all = versions.published(BenefitFixture.VERSION).orElseThrow().terms().measures().size();
        assertThat(grants.grant(event)).hasSize(all).contains("PRIORITY_RECOMMENDATION", "PARK_VISIT");
        assertThat(grants.grant(event)).isEmpty();
        assertThat(grants.grant(event)).isEmpty();

        assertThat(entitlements.ofPerson(person, LocalDate.of(2026, 3, 1))).hasSize(all);
        assertThat(audit.latest("", "certification", String.valueOf(event.certificationId()), 10)).hasSize(1);
    }

    @Test
    void aLaterCertificationOfTheSamePersonIsGrantedAgainForItsOwnPeriod() {
        long person = BenefitFixture.newPerson(people, units, "孙续期");
        grants.grant(BenefitFixture.certified(person, LocalDate.of(2022, 1, 10)));
        grants.grant(BenefitFixture.certified(person, LocalDate.of(2024, 6, 1)));

        int all = versions.published(BenefitFixture.VERSION).orElseThrow().terms().measures().size();
        List<Entitlement> now = entitlements.ofPerson(person, LocalDate.of(2025, 1, 1));
        assertThat(now).hasSize(2 * all);
        assertThat(now.subList(0, all)).allSatisfy(e -> assertThat(e.status()).isEqualTo(EntitlementStatus.ACTIVE));
        assertThat(now.subList(all, 2 * all)).allSatisfy(e -> assertThat(e.status()).isEqualTo(EntitlementStatus.LAPSED));
    }
}
