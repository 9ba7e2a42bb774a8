package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Wrapping Chinese text to a width as Chinese typesetting does (禁则), losing nothing. */
class PdfTextTest {

    private static final float SIZE = 10;

    static PDDocument doc;
    static ChinesePdfFont.Loaded font;
    static PdfText text;

    @BeforeAll
    static void font() throws Exception {
        doc = new PDDocument();
        font = ChinesePdfFont.load(doc);
        text = new PdfText(font.font());
    }

    @AfterAll
    static void close() throws Exception {
        font.close();
        doc.close();
    }

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() throws Exception {
        // five characters of 10 pt a line: the comma, the full stop and the closing bracket would start lines
        List<String> lines = text.wrap("长期从事焊，带徒弟三十。主持（技术）革新", SIZE, 50);
        assertThat(String.join("", lines)).isEqualTo("长期从事焊，带徒弟三十。主持（技术）革新");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line).doesNotStartWith("，").doesNotStartWith("。").doesNotStartWith("）");
            assertThat(line).doesNotEndWith("（");
            assertThat(text.width(line, SIZE)).isLessThanOrEqualTo(50);
        });
        assertThat(lines).startsWith("长期从事", "焊，带徒弟", "三十。主持");
    }

    @Test
    void datesNumbersAndWordsMoveToTheNextLineWhole() throws Exception {
        List<String> lines = text.wrap("获奖日期2025-09-20和编号CYTJ-2026-0007", SIZE, 80);
        assertThat(String.join("", lines)).isEqualTo("获奖日期2025-09-20和编号CYTJ-2026-0007");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("2025-09-20"))
                .anySatisfy(l -> assertThat(l).contains("CYTJ-2026-0007"));
        // a run longer than the line is broken where it must be
        List<String> long_ = text.wrap("x".repeat(60), SIZE, 80);
        assertThat(String.join("", long_)).isEqualTo("x".repeat(60));
        assertThat(long_).allSatisfy(l -> assertThat(text.width(l, SIZE)).isLessThanOrEqualTo(80));
    }

    @Test
    void longRepeatedTextWrapsWithoutLosingACharacter() throws Exception {
        String s = "全国职业技能大赛焊接项目，带领团队完成高难度管道焊接任务（第2项）。".repeat(3);
        List<String> lines = text.wrap(s, 10.5f, 253);
        assertThat(String.join("", lines)).isEqualTo(s);
        assertThat(lines).allSatisfy(l -> assertThat(text.width(l, 10.5f)).isLessThanOrEqualTo(253));
        assertThat(text.wrap("一\n\n二", SIZE, 100)).containsExactly("一", "", "二");
    }
}
