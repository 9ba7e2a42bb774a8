package cn.jiangxin.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void codesAreSixteenCrockfordCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.random();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{16}");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void readingForgivesCaseDashesSpacesAndLookalikeLetters() {
        assertThat(VerificationCode.read(" 7k3m-9q2x h4pz-8wrt ")).contains("7K3M9Q2XH4PZ8WRT");
        assertThat(VerificationCode.read("OIL0-0000-0000-0000")).contains("0110000000000000");
        assertThat(VerificationCode.read("7K3M9Q2XH4PZ8WR")).isEmpty();
        assertThat(VerificationCode.read("7K3M9Q2XH4PZ8WRU")).isEmpty();
        assertThat(VerificationCode.read(null)).isEmpty();
        assertThat(VerificationCode.grouped("7K3M9Q2XH4PZ8WRT")).isEqualTo("7K3M-9Q2X-H4PZ-8WRT");
    }
}
