package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
}
