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
    @ValueSource(strings = {"0", "-1", "1.234", "abc", ""})
    void anAmountThatIsNotPositiveWithAtMostTwoDecimalsIsRefused(String typed) {
        assertThatThrownBy(() -> Money.parseYuan(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("金额须为正数，最多两位小数");
    }
}
