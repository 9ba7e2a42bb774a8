package cn.jiangxin.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Display names of uploads keep no character that changes how the rest of the name is shown. */
class DisplayNameTest {

    @Test
    void aRightToLeftOverrideCannotDisguiseTheRealType() {
        // shown as “invoiceexe.pdf” by a browser honouring U+202E
        assertThat(DisplayName.of("invoice\u202Efdp.exe", ContentType.PDF)).isEqualTo("invoicefdp.pdf");
        assertThat(DisplayName.of("证书\u202E\u2066gnp.pdf", ContentType.PDF)).isEqualTo("证书gnp.pdf");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "200E", "200F",
            "061C", "200B", "200C", "200D", "2060", "2061", "2062", "2063", "2064", "FEFF", "00AD", "180E", "FFF9",
            "FFFA", "FFFB", "E0001", "E0041", "E007F", "2028", "2029", "0085", "009B"})
    void bidiControlsAndOtherInvisibleFormatCharactersAreDropped(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        assertThat(DisplayName.of("获奖" + c + "证书" + c + ".pdf", ContentType.PDF)).isEqualTo("获奖证书.pdf");
        assertThat(DisplayName.of(c + c, ContentType.PNG)).isEqualTo("file.png");
    }

    @Test
    void whatIsLeftIsTheNameAsTyped() {
        assertThat(DisplayName.of("第47届 世界技能大赛（焊接）金牌.PDF", ContentType.PDF)).isEqualTo("第47届 世界技能大赛（焊接）金牌.pdf");
        assertThat(DisplayName.of("صورة.jpeg", ContentType.JPEG)).isEqualTo("صورة.jpg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0085b.pdf", "a\u009Bb.pdf", "a\u0000b.pdf", "a\u007Fb.pdf", "../x.pdf", "a/b.pdf"})
    void controlCharactersAndPathsAreRefused(String name) {
        assertThat(DisplayName.isPlain(name)).isFalse();
    }
}
