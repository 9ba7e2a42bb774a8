package cn.jiangxin.platform.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;

import cn.jiangxin.testsupport.ExcelRows;
import org.junit.jupiter.api.Test;

class ExcelTableTest {

    @Test
    void titleHeadersNeutralisedTextAndATotalInYuan() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTable table = ExcelTable.start(out, "奖励发放", List.of(ExcelColumn.text("姓名"), ExcelColumn.number("件数"),
                ExcelColumn.amount("金额（元）")));
        table.row("=HYPERLINK(\"http://evil\")", 1, 100_000_00L);
        table.row("马骏", 2, 50L);
        table.row(null, null, null);
        assertThat(table.rowCount()).isEqualTo(3);
        table.finish();

        List<List<String>> rows = ExcelRows.of(out.toByteArray());
        assertThat(rows.get(0).get(0)).isEqualTo("奖励发放");
        assertThat(rows.get(1)).containsExactly("姓名", "件数", "金额（元）");
        assertThat(rows.get(2).get(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(2).get(2)).isEqualTo("100000.00");
        assertThat(rows.get(3)).containsExactly("马骏", "2", "0.50");
        assertThat(rows.get(4)).as("the empty row has no cells to read").containsExactly("合计", "", "100000.50");
        assertThat(rows).hasSize(5);
    }

    @Test
    void withoutAmountsThereIsNoTotalRowAndARowMustFitTheColumns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTable table = ExcelTable.start(out, "a/b:c", List.of(ExcelColumn.text("x")));
        assertThatThrownBy(() -> table.row("a", "b")).isInstanceOf(IllegalArgumentException.class);
        table.row("+1");
        table.finish();
        assertThat(ExcelRows.of(out.toByteArray())).containsExactly(List.of("a/b:c"), List.of("x"), List.of("'+1"));
        assertThat(ExcelTable.sheetName("[x]".repeat(20))).hasSize(31).doesNotContain("[");
    }
}
