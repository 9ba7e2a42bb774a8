package cn.jiangxin.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@JiangxinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyVersionSelectionTest {

    @Autowired
    PolicyAdministration admin;
    @Autowired
    PolicyVersions versions;
    @Autowired
    PolicyVersionStore store;

    @BeforeAll
    void publishTwoMoreVersions() {
        admin.copyToDraft("chaoyang-2025-draft", "chaoyang-2026", "2026年版", "policy");
        assertThat(admin.updateDraft("chaoyang-2026", "2026年版",
                Map.of("reward.worldSkillsGold.personFen", "20000000"))).isEmpty();
        admin.publish("chaoyang-2026", LocalDate.of(2026, 7, 1), "policy");
        admin.copyToDraft("chaoyang-2026", "chaoyang-2027", "2027年版", "policy");
        admin.publish("chaoyang-2027", LocalDate.of(2027, 1, 1), "policy");
        admin.copyToDraft("chaoyang-2027", "chaoyang-draft", "未发布草稿", "policy");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2025-03-10, ",
        "2025-03-11, chaoyang-2025-draft",
        "2025-03-12, chaoyang-2025-draft",
        "2026-06-30, chaoyang-2025-draft",
        "2026-07-01, chaoyang-2026",
        "2026-07-02, chaoyang-2026",
        "2026-12-31, chaoyang-2026",
        "2027-01-01, chaoyang-2027",
        "2099-12-31, chaoyang-2027"
    })
    void theVersionInForceIsTheLatestPublishedOnOrBeforeTheDate(LocalDate asOf, String expected) {
        assertThat(versions.inForceOn(asOf).map(PolicyVersion::code)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void theNewVersionCarriesItsChangedValueAndTheOldOneKeepsItsOwn() {
        assertThat(versions.inForceOn(LocalDate.of(2026, 7, 1)).orElseThrow().terms().worldSkillsGoldPersonFen())
                .isEqualTo(20_000_000L);
        assertThat(versions.inForceOn(LocalDate.of(2026, 6, 30)).orElseThrow().terms().worldSkillsGoldPersonFen())
                .isEqualTo(10_000_000L);
    }

    @Test
    void publishedVersionsAreImmutable() {
        assertThatThrownBy(() -> admin.updateDraft("chaoyang-2025-draft", "x", Map.of("support.periodYears", "3")))
                .isInstanceOf(RuleViolationException.class).hasMessage("policy.error.published");
        assertThatThrownBy(() -> admin.publish("chaoyang-2026", LocalDate.of(2030, 1, 1), "policy"))
                .isInstanceOf(RuleViolationException.class);
        PolicyPack pack = store.find("chaoyang-2025-draft").orElseThrow().pack();
        assertThat(store.updateDraft("chaoyang-2025-draft", pack.with("chaoyang-2025-draft", "changed", Map.of()))).isFalse();
        assertThat(store.find("chaoyang-2025-draft").orElseThrow().title()).doesNotContain("changed");
    }

    @Test
    void aDraftCannotBePublishedBeforeTheLatestPublishedVersion() {
        assertThatThrownBy(() -> admin.publish("chaoyang-draft", LocalDate.of(2026, 12, 31), "policy"))
                .isInstanceOf(RuleViolationException.class).hasMessage("policy.error.effectiveTooEarly");
        assertThat(store.find("chaoyang-draft").orElseThrow().published()).isFalse();
    }

    @Test
    void invalidDraftValuesAreRefusedWithAProblemPerField() {
        Map<String, String> problems = admin.updateDraft("chaoyang-draft", "草稿", Map.of(
                "reward.worldSkillsGold.personFen", "-1",
                "criteria.competition.BEIJING.lowestPlace", "0",
                "support.periodYears", "0",
                "notice.workingDays", "abc",
                "affiliation.districtCode", "1101",
                "studio.fundingFen", "EXCELLENT=-5"));
        assertThat(problems).containsEntry("reward.worldSkillsGold.personFen", "policy.error.negative")
                .containsEntry("criteria.competition.BEIJING.lowestPlace", "policy.error.min")
                .containsEntry("support.periodYears", "policy.error.min")
                .containsEntry("notice.workingDays", "policy.error.integer")
                .containsEntry("affiliation.districtCode", "policy.error.pattern")
                .containsEntry("studio.fundingFen", "policy.error.negative");
        assertThat(store.find("chaoyang-draft").orElseThrow().pack().value("support.periodYears")).isEqualTo("2");
    }

    @Test
    void theDiffShowsChangedParameters() {
        VersionDiff diff = admin.diff("chaoyang-2025-draft", "chaoyang-2026");
        assertThat(diff.changedCount()).isEqualTo(1);
        assertThat(diff.rows()).filteredOn(VersionDiff.Row::changed).extracting(VersionDiff.Row::key)
                .containsExactly("reward.worldSkillsGold.personFen");
    }

    @Test
    void installingTheShippedPackAgainIsHarmless() throws Exception {
        new FirstPackInstaller(store, versions, java.time.Clock.systemUTC()).run(null);
        assertThat(store.codes()).filteredOn(code -> code.equals("chaoyang-2025-draft")).hasSize(1);
    }
}
