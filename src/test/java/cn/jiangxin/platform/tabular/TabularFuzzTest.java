package cn.jiangxin.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Without JAZZER_FUZZ=1 this runs the seed inputs in TabularFuzzTestInputs; with it, Jazzer explores. Whatever the
 * bytes, the CSV reader reads rows within the limits or refuses the file with words; whatever the text, every
 * normalisation rule answers a value or a reason, and the row validation an outcome.
 */
class TabularFuzzTest {

    private static final TabularLimits SMALL = new TabularLimits(1 << 20, 1000, 20, 50, 10, 1 << 20, 100);

    @FuzzTest(maxDuration = "30s")
    void csvReaderRefusesOnlyInWords(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        try (TabularSource source = TabularReader.csv(new ByteArrayInputStream(bytes), SMALL)) {
            assertThat(source.header()).isNotEmpty().hasSizeLessThanOrEqualTo(SMALL.maxColumns());
            CompetitionRowValidation validation = new CompetitionRowValidation(ColumnMapping.guess(source.header()),
                    LocalDate.of(2025, 6, 1));
            source.rows().forEach(row -> {
                assertThat(row.cells()).hasSizeLessThanOrEqualTo(SMALL.maxColumns());
                assertThat(row.cells()).allMatch(c -> c.length() <= SMALL.maxCellLength());
                assertThat(validation.judge(row)).isNotNull();
            });
        } catch (TabularRefused refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void normalisationAnswersAValueOrAReason(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        for (Normalised<?> result : List.of(ImportedIdNumber.of(raw, LocalDate.of(2025, 6, 1)), ImportedDate.of(raw),
                Placing.of(raw))) {
            assertThat(result.accepted() ? result.value() : result.refusal()).isNotNull();
        }
        assertThat(CleanText.compact(raw)).doesNotContain(" ", "\u3000", "\u200B", "\uFEFF");
        assertThat(CleanText.of(CleanText.of(raw))).isEqualTo(CleanText.of(raw));
        String simplified = SimplifiedForMatching.of(raw);
        assertThat(simplified.codePointCount(0, simplified.length())).isEqualTo(raw.codePointCount(0, raw.length()));
        double similarity = UnitNameForMatching.similarity(raw, "北京燕京精密制造有限公司");
        assertThat(similarity).isBetween(0.0, 1.0);
        ImportedIdNumber.of(raw, LocalDate.of(2025, 6, 1)).noteIfAny()
                .ifPresent(note -> assertThat(note).isEqualTo("15位身份证号已转换为18位"));
        ColumnMapping.guess(List.of(raw, raw));
    }
}
