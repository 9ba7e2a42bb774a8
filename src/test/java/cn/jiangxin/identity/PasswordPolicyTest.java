package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            alice | NULL          | 密码至少需要10个字符
            alice | short1        | 密码至少需要10个字符
            alice | onlyletters   | 密码必须同时包含字母和数字
            alice | 1234567890    | 密码必须同时包含字母和数字
            alice | xxAlice12345  | 密码不能包含用户名
            """)
    void refusesWeakPasswordsSayingWhy(String user, String password, String message) {
        assertThat(PasswordPolicy.problem(user, password)).contains(message);
    }

    @ParameterizedTest
    @CsvSource({"alice, goodPassw0rd", "bob, 长城长城长城长城长城9a"})
    void acceptsPasswordsThatMeetThePolicy(String user, String password) {
        assertThat(PasswordPolicy.problem(user, password)).isEmpty();
    }

    @Test
    void theLimitIsBcryptsSeventyTwoBytesOfUtf8SaidInCharactersAndBytes() {
        String ascii72 = "a1" + "x".repeat(70);
        String chinese72 = "a1b" + "长".repeat(23);
        assertThat(ascii72.getBytes(StandardCharsets.UTF_8)).hasSize(PasswordPolicy.MAX_BYTES);
        assertThat(chinese72.getBytes(StandardCharsets.UTF_8)).hasSize(PasswordPolicy.MAX_BYTES);

        assertThat(PasswordPolicy.problem("alice", ascii72)).isEmpty();
        assertThat(PasswordPolicy.problem("alice", chinese72)).isEmpty();
        for (String tooLong : new String[] {ascii72 + "y", chinese72 + "y", "a1" + "长".repeat(24), "x9".repeat(64)}) {
            assertThat(PasswordPolicy.problem("alice", tooLong)).as(tooLong)
                    .contains("密码不能超过72个字节：英文字母、数字和符号每个占1个字节，汉字每个占3个字节（最多72个英文字符或24个汉字）");
        }
        assertThat(PasswordPolicy.fitsHash(ascii72)).isTrue();
        assertThat(PasswordPolicy.fitsHash(ascii72 + "y")).isFalse();
    }
}
