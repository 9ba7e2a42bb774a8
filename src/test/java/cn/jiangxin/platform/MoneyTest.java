package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} fen = {1} yuan")
    @CsvSource(delimiter = '|', value = {"0|0.00", "5|0.05", "150|1.50", "10000000|100,000.00", "-150|-1.50",
        "123456789012|1,234,567,890.12"})
    void fenAreShownAsYuanWithTwoDecimalsAndThousandsSeparators(long fen, String yuan) {
        assertThat(Money.yuan(fen)).isEqualTo(yuan);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1000000|100000000", "1,000,000.50|100000050", " 0.01 |1", "12，345|1234500"})
    void yuanAsTypedAreReadAsFen(String typed, long fen) {
        assertThat(Money.parseYuan(typed)).isEqualTo(fen);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "-1", "1.234", "0.001", "1.005", "abc", "", "1e400", "99999999999999999999"})
    void anAmountThatIsNotPositiveWithAtMostTwoDecimalsIsRefused(String typed) {
        assertThatThrownBy(() -> Money.parseYuan(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("金额须为正数，最多两位小数");
    }

    @org.junit.jupiter.api.Test
    void noAmountIsRefusedToo() {
        assertThatThrownBy(() -> Money.parseYuan(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("金额须为正数，最多两位小数");
    }

    @org.junit.jupiter.api.Test
    void decimalYuanKeepsTwoPlaces() {
        assertThat(Money.decimalYuan(10_000_000)).isEqualByComparingTo(new java.math.BigDecimal("100000.00"));
        assertThat(Money.decimalYuan(5).scale()).isEqualTo(2);
        assertThat(Money.decimalYuan(5).toPlainString()).isEqualTo("0.05");
    }
}
