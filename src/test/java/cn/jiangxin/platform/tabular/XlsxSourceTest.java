package cn.jiangxin.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.jiangxin.platform.SpreadsheetText;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class XlsxSourceTest {

    private static final String HEADER_ROW = "<row r=\"1\"><c t=\"inlineStr\"><is><t>姓名</t></is></c>"
            + "<c t=\"inlineStr\"><is><t>身份证号</t></is></c></row>";

    @TempDir
    Path dir;

    @Test
    void aGeneratedListOfTenThousandRowsReadsBackCellForCell() throws IOException {
        Path file = dir.resolve("名单.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("获奖名单");
            sheet.value(0, 0, "姓名");
            sheet.value(0, 1, "名次");
            sheet.value(0, 2, "获奖时间");
            sheet.value(0, 3, "工作单位");
            for (int i = 1; i <= 10_000; i++) {
                sheet.value(i, 0, "选手" + i);
                sheet.value(i, 1, i % 3 + 1);
                sheet.value(i, 2, LocalDate.of(2024, 5, 1).plusDays(i % 365));
                sheet.style(i, 2).format("yyyy-mm-dd").set();
                sheet.value(i, 3, "北京燕京精密制造有限公司（第" + (i % 7) + "车间）");
            }
            workbook.finish();
        }
        try (TabularSource source = TabularReader.open(file, null, TabularLimits.defaults())) {
            assertThat(source.header()).containsExactly("姓名", "名次", "获奖时间", "工作单位");
            assertThat(source.description()).isEqualTo("Excel工作表“获奖名单”");
            long[] count = {0};
            source.rows().forEach(row -> {
                long i = ++count[0];
                assertThat(row.number()).isEqualTo(i + 1);
                assertThat(row.cells()).containsExactly("选手" + i, String.valueOf(i % 3 + 1),
                        LocalDate.of(2024, 5, 1).plusDays(i % 365).toString(), "北京燕京精密制造有限公司（第" + (i % 7) + "车间）");
                assertThat(row.faults()).isEmpty();
            });
            assertThat(count[0]).isEqualTo(10_000);
        }
    }

    @Test
    void formulasAreReadAsTheirCachedValueAndFormulaLikeTextStaysText() {
        Path file = HandMadeXlsx.write(dir.resolve("f.xlsx"), w -> w.raw(HEADER_ROW).raw("<row r=\"2\">"
                + "<c r=\"A2\" t=\"str\"><f>HYPERLINK(\"http://evil\",\"x\")</f><v>x</v></c>"
                + "<c r=\"B2\"><f>1+1</f><v>2</v></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><t>=HYPERLINK(\"http://evil\",\"x\")</t></is></c>"
                + "<c r=\"D2\"><f>NOW()</f></c>"
                + "<c r=\"E2\" t=\"inlineStr\"><is><t>@SUM(1)</t></is></c></row>"));
        try (TabularSource source = TabularReader.open(file, null, TabularLimits.defaults())) {
            TabularRow row = source.next().orElseThrow();
            assertThat(row.cells()).containsExactly("x", "2", "=HYPERLINK(\"http://evil\",\"x\")", "", "@SUM(1)");
            assertThat(SpreadsheetText.safe(row.cell(2))).startsWith("'=");
            assertThat(SpreadsheetText.safe(row.cell(4))).startsWith("'@");
        }
    }

    @Test
    void numbersLoseExcelsNoiseDatesBecomeIsoAndRoundedIdNumbersAreMarked() {
        Path file = HandMadeXlsx.write(dir.resolve("n.xlsx"), w -> w.raw(HEADER_ROW).raw("<row r=\"2\">"
                + "<c r=\"A2\"><v>123.0</v></c><c r=\"B2\"><v>1.1010519900307E+17</v></c>"
                + "<c r=\"C2\"><v>0.30000000000000004</v></c><c r=\"D2\" s=\"1\"><v>45413</v></c>"
                + "<c r=\"E2\"><v>45413</v></c><c r=\"F2\" t=\"b\"><v>1</v></c><c r=\"G2\" t=\"e\"><v>#N/A</v></c>"
                + "</row>"));
        try (TabularSource source = TabularReader.open(file, null, TabularLimits.defaults())) {
            TabularRow row = source.next().orElseThrow();
            assertThat(row.cells()).containsExactly("123", "110105199003070000", "0.3", "2024-05-01", "45413", "TRUE",
                    "#N/A");
            assertThat(row.unreliableColumns()).containsExactly(1);
            assertThat(row.notes()).anyMatch(n -> n.contains("第2列是18位的数字") && n.contains("15位"));
            assertThat(row.faults()).isEmpty();
        }
    }

    @Test
    void aFiveMegabyteCellRejectsItsRowAndReadingGoesOn() {
        Random random = new Random(17);
        StringBuilder huge = new StringBuilder(1_800_000);
        while (huge.length() < 1_750_000) { // 3 bytes each in UTF-8: over 5 MB, random enough to pass the ratio
            huge.append((char) (0x4E00 + random.nextInt(20_000)));
        }
        Path file = HandMadeXlsx.write(dir.resolve("cell.xlsx"), w -> w.raw(HEADER_ROW)
                .row(2, "马骏", huge.toString()).row(3, "张伟", "110105199003071234"));
        assertThat(file.toFile().length()).isGreaterThan(2_000_000);
        try (TabularSource source = TabularReader.open(file, null, TabularLimits.defaults())) {
            TabularRow big = source.next().orElseThrow();
            assertThat(big.faults()).containsExactly("第2列内容超过2000字（共1750000字）");
            assertThat(big.cell(1)).hasSize(2000);
            assertThat(source.next().orElseThrow().cells()).containsExactly("张伟", "110105199003071234");
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        Path file = HandMadeXlsx.write(dir.resolve("bomb.xlsx"), w -> {
            w.raw(HEADER_ROW);
            String row = "<row><c t=\"inlineStr\"><is><t>aaaaaaaaaaaaaaaaaaaa</t></is></c></row>";
            for (int i = 0; i < 1_000_000; i++) {
                w.raw(row);
            }
        });
        assertThatThrownBy(() -> TabularReader.open(file, null, TabularLimits.defaults()))
                .isInstanceOf(TabularRefused.class).hasMessageContaining("压缩炸弹").hasMessageContaining("100倍");
    }

    @Test
    void tenMillionEmptyCellsInOneRowAreRefusedQuicklyWithoutBuildingThem() {
        Path file = HandMadeXlsx.write(dir.resolve("cells.xlsx"), w -> {
            w.raw(HEADER_ROW).raw("<row r=\"2\">");
            byte[] cells = "<c/><c/><c/><c/><c/><c/><c/><c/><c/><c/>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1000; i++) {
                w.raw(new String(cells, StandardCharsets.UTF_8));
            }
            w.raw("</row>");
        });
        // the scan counts the cells long before the ratio (judged from 1 MB inflated) would; lifting the ratio
        // shows the count alone refuses it
        TabularLimits noRatio = new TabularLimits(200L << 20, 2_000_000, 200, 2000, 1000, 1L << 30, 1_000_000);
        for (TabularLimits limits : List.of(TabularLimits.defaults(), noRatio)) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                    () -> TabularReader.open(file, null, limits)).isInstanceOf(TabularRefused.class)
                    .hasMessage("Excel文件第2行有超过16384个单元格，超出Excel的范围，文件已损坏或被篡改"));
        }
    }

    @Test
    void aCellAddressBeyondExcelIsRefusedAndOneAtTheLastColumnIsSkippedWhenEmpty() {
        Path far = HandMadeXlsx.write(dir.resolve("far.xlsx"),
                w -> w.raw(HEADER_ROW).raw("<row r=\"2\"><c r=\"ZZZZZ2\"><v>1</v></c></row>"));
        assertThatThrownBy(() -> TabularReader.open(far, null, TabularLimits.defaults()))
                .isInstanceOf(TabularRefused.class).hasMessageContaining("单元格地址“ZZZZZ2”超出Excel的范围");
        Path last = HandMadeXlsx.write(dir.resolve("last.xlsx"), w -> w.raw(HEADER_ROW)
                .raw("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>马骏</t></is></c><c r=\"XFD2\" s=\"1\"/></row>"));
        try (TabularSource source = TabularReader.open(last, null, TabularLimits.defaults())) {
            assertThat(source.next().orElseThrow().cells()).containsExactly("马骏");
        }
        Path valueBeyond = HandMadeXlsx.write(dir.resolve("beyond.xlsx"), w -> w.raw(HEADER_ROW)
                .raw("<row r=\"2\"><c r=\"HA2\"><v>1</v></c></row>"));
        try (TabularSource source = TabularReader.open(valueBeyond, null, TabularLimits.defaults())) {
            assertThatThrownBy(source::next).isInstanceOf(TabularRefused.class)
                    .hasMessage("第2行第209列有内容，名单最多只能有200列，请删去多余的列后再上传");
        }
    }

    @Test
    void tooManyEntriesTooManyRowsAndBrokenFilesAreRefusedInWords() throws IOException {
        Path entries = dir.resolve("entries.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(entries))) {
            for (int i = 0; i < 1001; i++) {
                zip.putNextEntry(new ZipEntry("x/" + i));
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> TabularReader.open(entries, null, TabularLimits.defaults()))
                .isInstanceOf(TabularRefused.class).hasMessageContaining("1001个部件，超过1000个的上限");

        Path rows = HandMadeXlsx.write(dir.resolve("rows.xlsx"), w -> {
            w.raw(HEADER_ROW);
            for (int i = 2; i <= 12; i++) {
                w.row(i, "选手" + i, "x");
            }
        });
        assertThatThrownBy(() -> TabularReader.open(rows, null, TabularLimits.defaults().withMaxRows(10)))
                .isInstanceOf(TabularRefused.class).hasMessage("名单超过10行，请分成几个文件上传");

        TabularLimits smallInflated = new TabularLimits(200L << 20, 2_000_000, 200, 2000, 1000, 2048, 100);
        assertThatThrownBy(() -> TabularReader.open(rows, null, smallInflated))
                .isInstanceOf(TabularRefused.class).hasMessage("Excel文件解压后超过2 KB，疑似“压缩炸弹”，已拒绝");

        Path truncated = dir.resolve("truncated.xlsx");
        byte[] whole = Files.readAllBytes(rows);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> TabularReader.open(truncated, null, TabularLimits.defaults()))
                .isInstanceOf(TabularRefused.class).hasMessageContaining("不是有效的Excel文件");

        Path broken = HandMadeXlsx.write(dir.resolve("broken.xlsx"), w -> w.raw(HEADER_ROW).raw("<row><c><v>1</c>"));
        assertThatThrownBy(() -> TabularReader.open(broken, null, TabularLimits.defaults()))
                .isInstanceOf(TabularRefused.class).hasMessageContaining("工作表内容已损坏");

        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0});
        assertThatThrownBy(() -> TabularReader.open(xls, null, TabularLimits.defaults()))
                .isInstanceOf(TabularRefused.class).hasMessageContaining("旧版Excel（.xls）");

        Path big = HandMadeXlsx.write(dir.resolve("big.xlsx"), w -> w.raw(HEADER_ROW));
        assertThatThrownBy(() -> TabularReader.open(big, null, TabularLimits.defaults().withMaxBytes(100)))
                .isInstanceOf(TabularRefused.class).hasMessage("文件超过1 KB的上限，请分成几个文件上传");
    }

    @Test
    void aNamedSheetIsReadAndAMissingOneRefused() {
        Path file = HandMadeXlsx.write(dir.resolve("s.xlsx"), w -> w.raw(HEADER_ROW).row(2, "马骏", "x"));
        try (TabularSource source = TabularReader.open(file, "获奖名单", TabularLimits.defaults())) {
            assertThat(source.header()).containsExactly("姓名", "身份证号");
            assertThat(source.rows().map(TabularRow::cells).toList()).containsExactly(List.of("马骏", "x"));
        }
        assertThatThrownBy(() -> TabularReader.open(file, "Sheet9", TabularLimits.defaults()))
                .isInstanceOf(TabularRefused.class).hasMessage("Excel文件中没有名为“Sheet9”的工作表");
    }
}
