package cn.jiangxin.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reading a paged list page (fragments/list.html) and its export in tests: the total it shows, the rows of a table,
 * the data rows of the workbook, and whether its tables scroll in a labelled region at 390 px.
 */
public final class ListPages {

    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

    private ListPages() {
    }

    /** The count of the whole filtered list that the page shows (共 N 条). */
    public static long total(String html) {
        Matcher m = TOTAL.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no total on the page");
        }
        return Long.parseLong(m.group(1));
    }

    /** The text of column {@code column} (0-based) of every body row of the table {@code tableId}. */
    public static List<String> column(String html, String tableId, int column) {
        Element table = Jsoup.parse(html).getElementById(tableId);
        if (table == null) {
            return List.of();
        }
        return table.select("tbody > tr").stream().map(tr -> tr.child(column).text()).toList();
    }

    /** The rows of an exported list below its title and header rows. */
    public static List<List<String>> exportedRows(byte[] xlsx) {
        List<List<String>> rows = ExcelRows.of(xlsx);
        return rows.subList(Math.min(2, rows.size()), rows.size());
    }

    /** Tables not wrapped in a focusable, labelled, scrolling region (so that a narrow screen can scroll them). */
    public static List<String> unscrollableTables(String html) {
        Document doc = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element table : doc.select("table")) {
            Element region = table.closest(".table-responsive");
            if (region == null || !"0".equals(region.attr("tabindex")) || !"region".equals(region.attr("role"))
                    || region.attr("aria-label").isBlank()) {
                problems.add("table " + table.id() + " is not in a labelled .table-responsive region");
            }
        }
        return problems;
    }
}
