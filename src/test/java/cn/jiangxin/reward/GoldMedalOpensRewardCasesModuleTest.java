package cn.jiangxin.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.policy.PolicyTerms;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.TestUnits;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The reward module with the modules it depends on, no demo data: a certification with a WorldSkills gold medal
 * opens two reward cases through the module's own listener, one for the talent and one for the training unit, each
 * with the policy version's amount and waiting for bank details.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class GoldMedalOpensRewardCasesModuleTest {

    private static final CurrentUser ROOT = TestAccounts.ROOT;

    @Autowired RewardCases rewards;
    @Autowired PolicyVersions versions;
    @Autowired People people;
    @Autowired Units units;

    @Test
    void aGoldMedalOpensACaseForTheTalentAndOneForTheTrainingUnit(Scenario scenario) {
        long employer = TestUnits.register(units, ROOT, "场景精密制造有限公司", "EMPLOYER");
        long school = TestUnits.register(units, ROOT, "场景职业技能培训学校", "SCHOOL");
        long person = TestPeople.register(people, ROOT, employer, "吴金牌", Sex.MALE, LocalDate.of(1990, 1, 1), 3000);
        LocalDate start = LocalDate.of(2025, 6, 1);
        PolicyTerms terms = versions.inForceOn(start).orElseThrow().terms();
        String version = versions.inForceOn(start).orElseThrow().code();
        String medal = TalentCertified.WorldSkillsGold.keyOf(person, LocalDate.of(2024, 9, 15)) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        long certification = 1_000_000 + IdNumbers.nextInt(1_000_000_000);
        TalentCertified certified = new TalentCertified(certification, person, 1, employer, version, start,
                start.plusYears(2), List.of(new TalentCertified.WorldSkillsGold(medal, LocalDate.of(2024, 9, 15),
                        "第47届世界技能大赛焊接项目金牌", school)));
        CurrentUser officerOfSchool = new CurrentUser(0, "school", "学校", Set.of(Role.UNIT_OFFICER), school);
        CurrentUser finance = new CurrentUser(0, "finance", "财务", Set.of(Role.FINANCE), null);

        scenario.publish(certified)
                .andWaitForStateChange(() -> rewards.ofBeneficiary(officerOfSchool, BeneficiaryKind.TRAINING_UNIT),
                        cases -> !cases.isEmpty())
                .andVerify(unitCases -> {
                    assertThat(unitCases).singleElement().satisfies(c -> {
                        assertThat(c.medalKey()).isEqualTo(medal);
                        assertThat(c.beneficiaryId()).isEqualTo(school);
                        assertThat(c.amountFen()).isEqualTo(terms.worldSkillsGoldTrainingUnitFen());
                        assertThat(c.state()).isEqualTo(RewardState.AWAITING_BANK_DETAILS);
                    });
                    assertThat(rewards.forFinance(finance, RewardState.AWAITING_BANK_DETAILS, BeneficiaryKind.PERSON))
                            .filteredOn(c -> c.medalKey().equals(medal)).singleElement().satisfies(c -> {
                                assertThat(c.beneficiaryId()).isEqualTo(person);
                                assertThat(c.certificationId()).isEqualTo(certified.certificationId());
                                assertThat(c.amountFen()).isEqualTo(terms.worldSkillsGoldPersonFen());
                            });
                });
    }
}
