package cn.jiangxin.reward;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.payment.BankDetails;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankDetailsTest {

    @ParameterizedTest
    @CsvSource({
            "6222021234567890123, 6222 **** **** 0123",
            "6222021234567890,    6222 **** **** 7890",
            "110123456789012,     **** **** 9012",
            "12345678,            **** **** 5678"})
    void masksShowNoMoreThanTheLastFourDigitsOfShortAccountNumbers(String number, String shown) {
        assertThat(BankDetails.mask(number)).isEqualTo(shown);
        String visible = shown.replaceAll("[^0-9]", "");
        assertThat(visible.length()).isLessThanOrEqualTo(Math.max(4, number.length() / 2));
    }
}
