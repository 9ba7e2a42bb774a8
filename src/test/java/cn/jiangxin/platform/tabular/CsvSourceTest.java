package cn.jiangxin.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSourceTest {

    private static final String LIST = "姓名,身份证号,工作单位,名次\r\n"
            + "马骏,110105199003071234,北京燕京精密制造有限公司,金牌\r\n"
            + "\"张伟\",\"11010519900307\"\"1\"\"\",\"北京市朝阳区职业技能培训学校\n（第二校区）\",一等奖\r\n"
            + ",,,\r\n"
            + "陳華,110105199003071234,\"華為技術有限公司, 北京\",第三名";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8,false,CSV（UTF-8编码，逗号分隔）", "UTF-8,true,CSV（UTF-8（带BOM）编码，逗号分隔）",
            "GB18030,false,CSV（GB18030/GBK编码，逗号分隔）", "GBK,false,CSV（GB18030/GBK编码，逗号分隔）"})
    void readsTheSameListInEachEncoding(String charset, boolean bom, String description) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.write(LIST.getBytes(Charset.forName(charset)));
        try (TabularSource source = TabularReader.csv(new ByteArrayInputStream(bytes.toByteArray()),
                TabularLimits.defaults())) {
            assertThat(source.description()).isEqualTo(description);
            assertThat(source.header()).containsExactly("姓名", "身份证号", "工作单位", "名次");
            List<TabularRow> rows = source.rows().toList();
            assertThat(rows).extracting(TabularRow::number).containsExactly(2L, 3L, 5L);
            assertThat(rows.get(0).cells()).containsExactly("马骏", "110105199003071234", "北京燕京精密制造有限公司", "金牌");
            assertThat(rows.get(1).cells()).containsExactly("张伟", "11010519900307\"1\"", "北京市朝阳区职业技能培训学校\n（第二校区）",
                    "一等奖");
            assertThat(rows.get(2).cells()).containsExactly("陳華", "110105199003071234", "華為技術有限公司, 北京", "第三名");
            assertThat(rows).allMatch(r -> r.faults().isEmpty());
        }
    }

    @Test
    void gbkBeyondTheFirst64KilobytesStillDecodes() throws IOException {
        StringBuilder text = new StringBuilder("姓名;工作单位\n");
        for (int i = 0; i < 5000; i++) {
            text.append("选手").append(i).append(";北京燕京精密制造有限公司\n");
        }
        byte[] bytes = text.toString().getBytes(Charset.forName("GB18030"));
        assertThat(bytes.length).isGreaterThan(cn.jiangxin.platform.tabular.CsvSource.PREFIX_BYTES);
        try (TabularSource source = TabularReader.csv(new ByteArrayInputStream(bytes), TabularLimits.defaults())) {
            assertThat(source.description()).isEqualTo("CSV（GB18030/GBK编码，分号分隔）");
            List<TabularRow> rows = source.rows().toList();
            assertThat(rows).hasSize(5000);
            assertThat(rows.get(4999).cells()).containsExactly("选手4999", "北京燕京精密制造有限公司");
        }
    }

    @Test
    void tabsAndUtf16AreDetected() throws IOException {
        byte[] utf16 = ("\uFEFF姓名\t名次\n马骏\t金牌\n").getBytes(StandardCharsets.UTF_16LE);
        try (TabularSource source = TabularReader.csv(new ByteArrayInputStream(utf16), TabularLimits.defaults())) {
            assertThat(source.description()).isEqualTo("CSV（UTF-16编码，制表符分隔）");
            assertThat(source.next().orElseThrow().cells()).containsExactly("马骏", "金牌");
        }
    }

    @Test
    void aTooLongCellRejectsItsRowAndTheNextRowIsRead() {
        String list = "姓名,备注\n马骏," + "很".repeat(5_000_000) + "\n张伟,好\n";
        try (TabularSource source = TabularReader.csv(stream(list), TabularLimits.defaults())) {
            TabularRow long1 = source.next().orElseThrow();
            assertThat(long1.faults()).containsExactly("第2列内容超过2000字（共5000000字）");
            assertThat(long1.cell(1)).hasSize(2000);
            assertThat(source.next().orElseThrow().cells()).containsExactly("张伟", "好");
            assertThat(source.next()).isEmpty();
        }
    }

    @Test
    void aCellIsNeverCutInsideACharacterOutsideTheBmp() {
        String list = "姓名,备注\n马骏,a" + "𬭬".repeat(10) + "\n";
        try (TabularSource source = TabularReader.csv(stream(list), TabularLimits.defaults().withMaxCellLength(4))) {
            TabularRow row = source.next().orElseThrow();
            assertThat(row.cell(1)).isEqualTo("a𬭬");
            assertThat(row.faults()).containsExactly("第2列内容超过4字（共21字）");
        }
    }

    @Test
    void tenMillionEmptyCellsAreRefusedAtExcelsLastColumnAndAValueBeyondTheLimitRefusesTheFile() {
        String list = "姓名,名次\n马骏" + ",".repeat(10_000_000) + "\n";
        try (TabularSource source = TabularReader.csv(stream(list), TabularLimits.defaults())) {
            assertThatThrownBy(source::next).isInstanceOf(TabularRefused.class)
                    .hasMessage("第2行超过16384列，不是可导入的名单");
        }
        String wide = "姓名,名次\n马骏,金牌" + ",".repeat(300) + "\n张伟" + ",".repeat(300) + "x\n";
        try (TabularSource source = TabularReader.csv(stream(wide), TabularLimits.defaults())) {
            assertThat(source.next().orElseThrow().cells()).containsExactly("马骏", "金牌");
            assertThatThrownBy(source::next).isInstanceOf(TabularRefused.class)
                    .hasMessage("第3行第301列有内容，名单最多只能有200列，请删去多余的列后再上传");
        }
    }

    @Test
    void rowsSizeAndBrokenQuotesAreRefusedInWords() throws IOException {
        try (TabularSource source = TabularReader.csv(stream("姓名\na\nb\nc\n"),
                TabularLimits.defaults().withMaxRows(2))) {
            source.next();
            source.next();
            assertThatThrownBy(source::next).hasMessage("名单超过2行，请分成几个文件上传");
        }
        assertThatThrownBy(() -> TabularReader.csv(stream("姓名,x\n" + "马骏,1\n".repeat(1000)),
                TabularLimits.defaults().withMaxBytes(2048)).rows().count())
                .isInstanceOf(TabularRefused.class).hasMessage("文件超过2 KB的上限，请分成几个文件上传");
        try (TabularSource source = TabularReader.csv(stream("姓名,名次\n马骏,\"金牌\n"), TabularLimits.defaults())) {
            assertThatThrownBy(source::next).isInstanceOf(TabularRefused.class)
                    .hasMessage("CSV格式错误：第2行有一个引号没有闭合，文件可能不完整");
        }
        assertThatThrownBy(() -> TabularReader.csv(stream("\n\n,,\n"), TabularLimits.defaults()))
                .isInstanceOf(TabularRefused.class).hasMessage("文件是空的，没有表头和数据");
        Path csv = Files.writeString(dir.resolve("名单.csv"), "姓名\n马骏\n");
        try (TabularSource source = TabularReader.open(csv, null, TabularLimits.defaults())) {
            assertThat(source.next().orElseThrow().cells()).containsExactly("马骏");
        }
        Path fake = Files.writeString(dir.resolve("名单.xlsx"), "姓名\n马骏\n");
        assertThatThrownBy(() -> TabularReader.open(fake, null, TabularLimits.defaults()))
                .isInstanceOf(TabularRefused.class).hasMessageContaining("不是有效的Excel文件");
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkFaultTheirRowOnly() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes("姓名,单位\n".getBytes(StandardCharsets.UTF_8));
        all.writeBytes("马骏,燕京精密\n".repeat(5000).getBytes(StandardCharsets.UTF_8));
        all.writeBytes(new byte[] {'x', ',', (byte) 0xFF, '\n'});
        try (TabularSource source = TabularReader.csv(new ByteArrayInputStream(all.toByteArray()),
                TabularLimits.defaults())) {
            assertThat(source.description()).contains("UTF-8");
            List<TabularRow> rows = source.rows().toList();
            assertThat(rows).hasSize(5001);
            assertThat(rows.subList(0, 5000)).allMatch(r -> r.faults().isEmpty());
            assertThat(rows.get(5000).faults()).containsExactly("第2列含有无法识别的字符，文件可能混用了不同的编码");
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
