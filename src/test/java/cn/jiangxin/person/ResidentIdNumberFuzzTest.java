package cn.jiangxin.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Without JAZZER_FUZZ=1 this runs the seed inputs in ResidentIdNumberFuzzTestInputs; with it, Jazzer explores.
 * Whatever the input, the parser either returns a number or throws its own validation error.
 */
class ResidentIdNumberFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parseThrowsOnlyItsOwnError(FuzzedDataProvider data) {
        LocalDate today = LocalDate.of(2000, 1, 1).plusDays(data.consumeInt(0, 20_000));
        String raw = data.consumeRemainingAsString();
        ResidentIdNumber id;
        try {
            id = ResidentIdNumber.parse(raw, today);
        } catch (InvalidIdNumberException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        assertThat(id.value()).hasSize(18);
        assertThat(id.birthDate()).isBeforeOrEqualTo(today);
        assertThat(id.toString()).isEqualTo(id.masked()).contains("**********");
        assertThat(ResidentIdNumber.parse(id.value(), today)).isEqualTo(id);
    }
}
