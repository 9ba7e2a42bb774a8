package cn.jiangxin.testsupport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reading a paged list page (fragments/list.html) and its export in tests: the total it shows, the rows of a table,
 * the data rows of the workbook, whether its tables scroll in a labelled region at 390 px, and the parameters of a
 * pager link.
 */
public final class ListPages {

    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

    private ListPages() {
    }

    /** The parameters of a link such as {@code PageOf.pageLink(2)}, as {@code ListQuery.parse} takes them. */
    public static Map<String, String[]> parameters(String href) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        int query = href.indexOf('?');
        if (query >= 0) {
            for (String pair : href.substring(query + 1).split("&")) {
                String[] nameValue = pair.split("=", 2);
                parameters.put(nameValue[0], new String[] {URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8)});
            }
        }
        return parameters;
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
