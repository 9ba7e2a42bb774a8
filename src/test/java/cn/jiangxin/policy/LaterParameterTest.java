package cn.jiangxin.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * A version stored before the catalogue gained the expert draw's parameters keeps its text: the catalogue's
 * provisional values apply to it, marked as such; a draft copied from it holds them as its own.
 */
class LaterParameterTest {

    private static final String[] EXPERT = { "expert.drawWorkingDaysBefore", "expert.reserves", "expert.responseHours" };

    @Test
    void aVersionStoredWithoutTheExpertParametersTakesTheCataloguesProvisionalValues() throws IOException {
        String stored = withoutLines(shipped(), EXPERT);
        PolicyPack pack = PolicyPackJson.read(stored);
        PolicyTerms terms = new PolicyTerms(pack);
        assertThat(terms.expertDrawWorkingDaysBefore()).isEqualTo(2);
        assertThat(terms.expertReserves()).isEqualTo(2);
        assertThat(terms.expertResponseHours()).isEqualTo(24);
        for (String key : EXPERT) {
            assertThat(pack.parameters().get(key).fromCatalogue()).as(key).isTrue();
            assertThat(pack.parameters().get(key).note()).as(key).contains("暂定值");
        }
        assertThat(pack.parameters().get("notice.workingDays").fromCatalogue()).isFalse();
    }

    @Test
    void aVersionStoredBeforeTheSelectionRoundsTakesTheShippedPurposesAndRankingFromTheCatalogue() throws IOException {
        PolicyPack shipped = PolicyPackJson.read(shipped());
        // the last two parameters of the pack: the one before them loses its comma too
        PolicyPack old = PolicyPackJson.read(withoutLines(shipped(), "selection.purposes", "selection.rankingTiers")
                .replaceAll(",(\\s*\\n\\s*})", "$1"));
        for (String key : List.of("selection.purposes", "selection.rankingTiers")) {
            assertThat(old.parameters().get(key).value()).as(key).isEqualTo(shipped.parameters().get(key).value());
            assertThat(old.parameters().get(key).fromCatalogue()).as(key).isTrue();
        }
        assertThat(new PolicyTerms(old).toString()).isNotEmpty();
    }

    @Test
    void aVersionStoredBeforeTheStudiosTakesTheShippedAssessmentSchemeFromTheCatalogue() throws IOException {
        String[] studio = { "studio.assessmentItems", "studio.assessmentMaxScores", "studio.assessmentWeights",
                "studio.gradeBands" };
        PolicyPack shipped = PolicyPackJson.read(shipped());
        PolicyPack old = PolicyPackJson.read(withoutLines(shipped(), studio));
        for (String key : studio) {
            assertThat(old.parameters().get(key).value()).as(key).isEqualTo(shipped.parameters().get(key).value());
            assertThat(old.parameters().get(key).fromCatalogue()).as(key).isTrue();
            assertThat(old.parameters().get(key).note()).as(key).startsWith("办法未规定，暂定值");
            assertThat(shipped.parameters().get(key).fromCatalogue()).as(key).isFalse();
        }
        PolicyTerms terms = new PolicyTerms(old);
        assertThat(terms.studioAssessmentItems()).containsOnlyKeys("TEAM", "PREMISES", "PASSING_ON", "INNOVATION",
                "OUTREACH");
        assertThat(terms.studioAssessmentWeights().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(terms.studioAssessmentMaxScores()).containsEntry("TEAM", 10);
        assertThat(terms.studioGradeBands()).containsExactly(Map.entry("EXCELLENT", 90), Map.entry("GOOD", 80),
                Map.entry("PASS", 60));
        assertThat(terms.studioPriority()).isTrue();
    }

    @Test
    void aStoredValueWinsOverTheCatalogue() throws IOException {
        PolicyPack pack = PolicyPackJson.read(shipped().replace("\"expert.reserves\": {\"value\": 2",
                "\"expert.reserves\": {\"value\": 3"));
        assertThat(pack.parameters().get("expert.reserves").value()).isEqualTo("3");
        assertThat(pack.parameters().get("expert.reserves").fromCatalogue()).isFalse();
    }

    @Test
    void aCopyHoldsTheProvisionalValuesAsItsOwn() throws IOException {
        PolicyPack old = PolicyPackJson.read(withoutLines(shipped(), EXPERT));
        PolicyPack copy = old.with("copy-2026", "副本", Map.of());
        assertThat(copy.parameters().get("expert.reserves").fromCatalogue()).isFalse();
        PolicyPack reread = PolicyPackJson.read(PolicyPackJson.write(copy));
        assertThat(reread.parameters().get("expert.responseHours").value()).isEqualTo("24");
        assertThat(reread.parameters().get("expert.responseHours").fromCatalogue()).isFalse();
    }

    @Test
    void theDiffMarksTheSideThatHoldsTheCataloguesValueAndCountsNoChange() throws IOException {
        PolicyPack old = PolicyPackJson.read(withoutLines(shipped(), EXPERT));
        PolicyPack now = PolicyPackJson.read(shipped());
        VersionDiff diff = VersionDiff.between(stored(old), stored(now));
        assertThat(diff.changedCount()).isZero();
        VersionDiff.Row row = diff.rows().stream().filter(r -> r.key().equals("expert.reserves")).findFirst()
                .orElseThrow();
        assertThat(row.leftLater()).isTrue();
        assertThat(row.rightLater()).isFalse();
    }

    @Test
    void anOriginalParameterIsStillRequired() throws IOException {
        assertThatThrownBy(() -> PolicyPackJson.read(withoutLines(shipped(), "notice.workingDays")))
                .hasMessageContaining("notice.workingDays: missing");
    }

    private static StoredVersion stored(PolicyPack pack) {
        return new StoredVersion(1, pack.code(), pack.title(), VersionStatus.PUBLISHED, pack.effectiveFrom(), pack,
                null, "system", null, null, "system");
    }

    private static String shipped() throws IOException {
        return new String(new ClassPathResource(FirstPackInstaller.PACK).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
    }

    private static String withoutLines(String json, String... keys) {
        StringBuilder out = new StringBuilder();
        for (String line : json.split("\n")) {
            boolean drop = false;
            for (String key : keys) {
                drop |= line.strip().startsWith("\"" + key + "\"");
            }
            if (!drop) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
