package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedNameTest {

    @Test
    void venuesSeeOnlyTheFirstCharacterOfAName() {
        assertThat(MaskedName.of("张伟")).isEqualTo("张*");
        assertThat(MaskedName.of("单丽华")).isEqualTo("单**");
        assertThat(MaskedName.of("𠀀明")).isEqualTo("𠀀*");
        assertThat(MaskedName.of("伟")).isEqualTo("*");
    }
}
