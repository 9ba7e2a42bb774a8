package cn.jiangxin.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            11010519491231002X|1949-12-31|FEMALE|11010519491231002X|1101**********002X
            11010519491231002x|1949-12-31|FEMALE|11010519491231002X|1101**********002X
              110105198503121234  |1985-03-12|MALE|110105198503121234|1101**********1234
            11010519920615224X|1992-06-15|FEMALE|11010519920615224X|1101**********224X
            110108200002291234|2000-02-29|MALE|110108200002291234|1101**********1234
            110105202611251238|2026-11-25|MALE|110105202611251238|1101**********1238
            110105199001011080|1990-01-01|FEMALE|110105199001011080|1101**********1080
            110105199001011099|1990-01-01|MALE|110105199001011099|1101**********1099
            110105190001011020|1900-01-01|FEMALE|110105190001011020|1101**********1020
            """)
    void acceptsValidNumbers(String raw, LocalDate birth, Sex sex, String normalised, String masked) {
        ResidentIdNumber id = ResidentIdNumber.parse(raw, TODAY);
        assertThat(id.birthDate()).isEqualTo(birth);
        assertThat(id.sex()).isEqualTo(sex);
        assertThat(id.value()).isEqualTo(normalised);
        assertThat(id.masked()).isEqualTo(masked);
        assertThat(id.toString()).isEqualTo(masked).doesNotContain(normalised.substring(4, 14));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            110105198503121235|身份证号码校验位错误：第18位应为4，请核对号码
            11010519491231002Y|身份证号码最后一位必须是数字或X
            110105199002301234|身份证号码中的出生日期19900230不是真实的日期（第7-14位）
            110105198004311234|身份证号码中的出生日期19800431不是真实的日期（第7-14位）
            110105199902291235|身份证号码中的出生日期19990229不是真实的日期（第7-14位）
            110105202611261233|身份证号码中的出生日期2026-11-26晚于今天，不是有效日期
            110105189912311234|身份证号码中的出生日期1899-12-31早于1900年，不是有效日期
            １１０１０５１９８５０３１２１２３４|身份证号码含有全角字符，请使用半角数字和字母X
            11010519850312123４|身份证号码含有全角字符，请使用半角数字和字母X
            110105 198503121234|身份证号码中间不能有空格
            110105198503\t121234|身份证号码中间不能有空格
            110105850312123|15位旧身份证号码不再受理，请填写18位身份证号码
            11010519850312123|身份证号码应为18位，实际为17位
            1101051985031212345|身份证号码应为18位，实际为19位
            1101051985A3121234|身份证号码前17位必须是数字，第11位“A”不是数字
            ０10105198503121234|身份证号码含有全角字符，请使用半角数字和字母X
            ９10105198503121234|身份证号码含有全角字符，请使用半角数字和字母X
            110105990312123|15位旧身份证号码不再受理，请填写18位身份证号码
            11010519491231002Ｘ|身份证号码含有全角字符，请使用半角数字和字母X
            11010519491231002ｘ|身份证号码含有全角字符，请使用半角数字和字母X
            ／10105198503121234|身份证号码前17位必须是数字，第1位“／”不是数字
            ：10105198503121234|身份证号码前17位必须是数字，第1位“：”不是数字
            110105850312:23|身份证号码应为18位，实际为15位
            110105850312/23|身份证号码应为18位，实际为15位
            11010585031212|身份证号码应为18位，实际为14位
            1101058503121234|身份证号码应为18位，实际为16位
            11010519850312123/|身份证号码最后一位必须是数字或X
            11010519850312123:|身份证号码最后一位必须是数字或X
            1101051985031212/4|身份证号码前17位必须是数字，第17位“/”不是数字
            1101051985031212:4|身份证号码前17位必须是数字，第17位“:”不是数字
            ''|身份证号码不能为空
            '   '|身份证号码不能为空
            """)
    void refusesBrokenNumbersSayingWhatIsWrong(String raw, String message) {
        String input = raw.replace("\\t", "\t");
        assertThatThrownBy(() -> ResidentIdNumber.parse(input, TODAY))
                .isInstanceOf(InvalidIdNumberException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidIdNumberException) e).field()).isEqualTo("idNumber");
    }

    @ParameterizedTest
    @CsvSource({"1101051985031212, 1101051985031212", "1101051949123100, 1101051949123100"})
    void checkCharacterFollowsMod11_2(String ignored, String first16) {
        for (char c = '0'; c <= '9'; c++) {
            String first17 = first16 + c;
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * ((1 << (17 - i)) % 11);
            }
            int check = (12 - sum % 11) % 11;
            char expected = check == 10 ? 'X' : (char) ('0' + check);
            assertThat(ResidentIdNumber.checkCharacter(first17)).isEqualTo(expected);
        }
    }

    @org.junit.jupiter.api.Test
    void theAreaCodeIsTheFirstSixDigits() {
        assertThat(ResidentIdNumber.parse("110108200002291234", TODAY).areaCode()).isEqualTo("110108");
    }

    @org.junit.jupiter.api.Test
    void numbersAreEqualByValueWhateverTheCaseTyped() {
        ResidentIdNumber upper = ResidentIdNumber.parse("11010519491231002X", TODAY);
        ResidentIdNumber lower = ResidentIdNumber.parse(" 11010519491231002x", TODAY);
        ResidentIdNumber other = ResidentIdNumber.parse("110105198503121234", TODAY);
        assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower).isNotEqualTo(other).isNotEqualTo("11010519491231002X");
        assertThat(upper.hashCode()).isEqualTo("11010519491231002X".hashCode());
    }

    @org.junit.jupiter.api.Test
    void aStoredNumberIsReadBackWhateverTheDate() {
        ResidentIdNumber stored = ResidentIdNumber.stored("110105202611251238");
        assertThat(stored.birthDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(stored.value()).isEqualTo("110105202611251238");
    }
}
