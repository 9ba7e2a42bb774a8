package cn.jiangxin.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Without JAZZER_FUZZ=1 this runs the seed inputs in CardTokenFuzzTestInputs; with it, Jazzer explores. Whatever
 * the text, the parser answers a token or nothing and never throws; a parsed token re-encodes to the same signed
 * text; and the rules answer a code, never an exception, and never "valid" for a text this key did not sign.
 */
class CardTokenFuzzTest {

    private static final KeyPair KEY = Sm2.newKeyPair();

    @FuzzTest(maxDuration = "30s")
    void parseNeverThrowsAndKeepsTheContractsForm(FuzzedDataProvider data) {
        long now = data.consumeLong(0, 4_000_000_000L);
        String text = data.consumeRemainingAsString();
        Optional<CardToken> token = CardToken.parse(text);
        token.ifPresent(t -> {
            assertThat(text).startsWith(CardToken.PREFIX).isEqualTo(t.text());
            assertThat(t.signedText()).isEqualTo(text.substring(0, text.lastIndexOf('.')));
            assertThat(t.kid()).isNotEmpty();
        });
        TokenRules.Verdict verdict = TokenRules.check(text, Instant.ofEpochSecond(now),
                kid -> Optional.of(KEY.getPublic()), cn -> Optional.empty());
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.refusal()).isNotNull();
    }
}
