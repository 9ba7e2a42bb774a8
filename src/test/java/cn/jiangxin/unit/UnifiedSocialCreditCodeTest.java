package cn.jiangxin.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            91350100M000100Y43|91350100M000100Y43|350100
            91110105MA01C2D3XK|91110105MA01C2D3XK|110105
            91110105ma01c2d3xk|91110105MA01C2D3XK|110105
              52110105MJ0123456N  |52110105MJ0123456N|110105
            12110105400001234G|12110105400001234G|110105
            51110105MJ0045678Q|51110105MJ0045678Q|110105
            91110108MA04F5G6HJ|91110108MA04F5G6HJ|110108
            """)
    void acceptsValidCodes(String raw, String normalised, String division) {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(raw);
        assertThat(code.value()).isEqualTo(normalised);
        assertThat(code.divisionCode()).isEqualTo(division);
        assertThat(code).isEqualTo(new UnifiedSocialCreditCode(normalised));
        assertThat(code.toString()).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            91350100M000100Y44|统一社会信用代码校验位错误：第18位应为3，请核对代码
            91110105MA01C2D3X1|统一社会信用代码校验位错误：第18位应为K，请核对代码
            ９1350100M000100Y43|统一社会信用代码含有全角字符“９”，请使用半角数字和字母
            91350100Ｍ000100Y43|统一社会信用代码含有全角字符“Ｍ”，请使用半角数字和字母
            91350100 M000100Y43|统一社会信用代码中间不能有空格
            91350100M000100Y4|统一社会信用代码应为18位，实际为17位
            91350100M000100Y433|统一社会信用代码应为18位，实际为19位
            91350100I000100Y43|统一社会信用代码第9位“I”不是允许的字符（只能是数字和除I、O、Z、S、V以外的大写字母）
            91350100M0001OOY43|统一社会信用代码第14位“O”不是允许的字符（只能是数字和除I、O、Z、S、V以外的大写字母）
            94350100M000100Y43|统一社会信用代码前两位“94”不是有效的登记管理部门和机构类别代码
            B1350100M000100Y43|统一社会信用代码前两位“B1”不是有效的登记管理部门和机构类别代码
            91A50100M000100Y43|统一社会信用代码第3-8位应为6位数字的行政区划码
            ！1350100M000100Y43|统一社会信用代码含有全角字符“！”，请使用半角数字和字母
            ～1350100M000100Y43|统一社会信用代码含有全角字符“～”，请使用半角数字和字母
            ｟1350100M000100Y43|统一社会信用代码第1位“｟”不是允许的字符（只能是数字和除I、O、Z、S、V以外的大写字母）
            9＀350100M000100Y43|统一社会信用代码第2位“＀”不是允许的字符（只能是数字和除I、O、Z、S、V以外的大写字母）
            91/50100M000100Y43|统一社会信用代码第3位“/”不是允许的字符（只能是数字和除I、O、Z、S、V以外的大写字母）
            91350A00M000100Y43|统一社会信用代码第3-8位应为6位数字的行政区划码
            ''|统一社会信用代码不能为空
            """)
    void refusesBrokenCodesSayingWhatIsWrong(String raw, String message) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(raw))
                .isInstanceOf(InvalidCreditCodeException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidCreditCodeException) e).field()).isEqualTo("creditCode");
    }

    /** An independent formulation: the weights are 3^i mod 31, and the full 18 characters sum to 0 mod 31. */
    @Test
    void checkCharacterAgreesWithAnIndependentImplementation() {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        Random random = new Random(32100);
        for (int n = 0; n < 2000; n++) {
            StringBuilder body = new StringBuilder("91");
            for (int i = 0; i < 6; i++) {
                body.append((char) ('0' + random.nextInt(10)));
            }
            for (int i = 0; i < 9; i++) {
                body.append(charset.charAt(random.nextInt(31)));
            }
            char found = 0;
            for (char c : charset.toCharArray()) {
                int sum = 0;
                int weight = 1;
                String all = body.toString() + c;
                for (int i = 0; i < 18; i++) {
                    sum += charset.indexOf(all.charAt(i)) * (i == 17 ? 1 : weight);
                    weight = weight * 3 % 31;
                }
                if (sum % 31 == 0) {
                    found = c;
                }
            }
            assertThat(UnifiedSocialCreditCode.checkCharacter(body.toString())).isEqualTo(found);
            assertThat(UnifiedSocialCreditCode.parse(body.toString() + found).value()).isEqualTo(body + "" + found);
        }
    }

    @Test
    void districtCodeKnowsChaoyang() {
        assertThat(new DistrictCode(" 110105 ").isChaoyang()).isTrue();
        assertThat(new DistrictCode("110108").isChaoyang()).isFalse();
        assertThatThrownBy(() -> new DistrictCode("11010")).hasMessageContaining("6位数字");
    }
}
