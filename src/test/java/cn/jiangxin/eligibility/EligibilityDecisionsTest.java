package cn.jiangxin.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.eligibility.domain.Achievement;
import cn.jiangxin.eligibility.domain.AffiliatedUnit;
import cn.jiangxin.eligibility.domain.Candidate;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JiangxinTest
class EligibilityDecisionsTest {

    @Autowired
    EligibilityDecisions decisions;

    @Test
    void aStoredDecisionKeepsTheVersionItUsedAndItsResult() {
        Candidate candidate = new Candidate(LocalDate.of(1990, 3, 7), Sex.MALE, null, new AffiliatedUnit("EMPLOYER", "110105"),
                true, List.of(new Achievement.CompetitionPlace("WORLDSKILLS", 1, LocalDate.of(2024, 9, 15))));
        EligibilityDecisions.RecordedDecision recorded =
                decisions.decideAndRecord(candidate, "1101**********1234", LocalDate.of(2026, 5, 1), "reviewer");
        assertThat(recorded.evaluation().eligible()).isTrue();

        EligibilityDecisions.StoredDecision stored = decisions.find(recorded.id()).orElseThrow();
        assertThat(stored.policyVersion()).isEqualTo("chaoyang-2025-draft");
        assertThat(stored.asOf()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(stored.eligible()).isTrue();
        assertThat(stored.resultJson()).contains("\"policyVersion\":\"chaoyang-2025-draft\"")
                .contains("WORLDSKILLS_GOLD_REWARD_PERSON");
    }
}
