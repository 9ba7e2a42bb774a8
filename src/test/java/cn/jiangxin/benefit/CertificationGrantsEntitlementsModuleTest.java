package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.person.People;
import cn.jiangxin.policy.PolicyTerms.Measure;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The benefit module with the modules it depends on, no demo data: a {@code TalentCertified} event published by
 * certification grants, through the module's own listener, one entitlement per measure of the certifying policy
 * version, valid from the first day of the support period.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CertificationGrantsEntitlementsModuleTest {

    @Autowired Entitlements entitlements;
    @Autowired PolicyVersions versions;
    @Autowired People people;
    @Autowired Units units;

    @Test
    void aCertificationGrantsEveryMeasureOfItsPolicyVersion(Scenario scenario) {
        long person = BenefitFixture.newPerson(people, units, "周场景");
        LocalDate start = LocalDate.of(2026, 5, 1);
        TalentCertified certified = BenefitFixture.certified(person, start);
        List<String> measures = versions.published(BenefitFixture.VERSION).orElseThrow().terms().measures().stream()
                .map(Measure::code).toList();

        scenario.publish(certified)
                .andWaitForStateChange(() -> entitlements.ofPerson(person, start),
                        granted -> granted.size() == measures.size())
                .andVerify(granted -> {
                    assertThat(granted).extracting(Entitlement::code).containsExactlyInAnyOrderElementsOf(measures);
                    assertThat(granted).allSatisfy(e -> {
                        assertThat(e.certificationId()).isEqualTo(certified.certificationId());
                        assertThat(e.policyVersion()).isEqualTo(BenefitFixture.VERSION);
                        assertThat(e.period()).isEqualTo(certified.supportPeriod());
                    });
                });
    }
}
