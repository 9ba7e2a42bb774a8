package cn.jiangxin.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Without JAZZER_FUZZ=1 this runs the seed inputs in UnifiedSocialCreditCodeFuzzTestInputs; with it, Jazzer
 * explores. Whatever the input, the parser either returns a code or throws its own validation error.
 */
class UnifiedSocialCreditCodeFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parseThrowsOnlyItsOwnError(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        UnifiedSocialCreditCode code;
        try {
            code = UnifiedSocialCreditCode.parse(raw);
        } catch (InvalidCreditCodeException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        assertThat(code.value()).hasSize(18).matches("[0-9A-HJ-NPQRTUWXY]{18}");
        assertThat(UnifiedSocialCreditCode.parse(code.value())).isEqualTo(code);
    }
}
