package cn.jiangxin.platform.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.ListPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every way {@link ListPageStore} reads a page (from the start, from the end, after or before a neighbouring row)
 * gives exactly the rows that plain {@code ORDER BY … LIMIT … OFFSET} gives, on random tables with ties in the sort
 * key, NULLs in a column that is not declared seekable, both directions and a filter; and large counts are kept.
 */
@JiangxinTest
class ListPageStoreTest {

    private static final long SEED = Long.getLong("jiangxin.test.seed", System.nanoTime());
    private static final String FROM = " FROM list_page_probe t";
    private static final ListSpec SPEC = ListSpec.of("/probe", "t.id").sort("k", "t.k").sort("name", "t.name")
            .sort("maybe", "t.maybe").defaultSort("k", false).seekable("k", "name").choice("odd", "yes");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @BeforeEach
    void table() {
        template.execute("CREATE TABLE IF NOT EXISTS list_page_probe (id BIGINT PRIMARY KEY, k INT NOT NULL,"
                + " name VARCHAR(20) NOT NULL, maybe INT)");
        template.execute("DELETE FROM list_page_probe");
        ListPageStore.forgetCounts();
    }

    @Test
    void everyWayOfReadingAPageGivesTheRowsOffsetGives() {
        System.out.println("ListPageStoreTest: seeded with -Djiangxin.test.seed=" + SEED);
        Random random = new Random(SEED);
        for (int table = 0; table < 12; table++) {
            fill(random, random.nextInt(table == 0 ? 1 : 130));
            for (String sort : List.of("k", "name", "maybe")) {
                for (boolean descending : List.of(false, true)) {
                    for (Map<String, String> filters : List.of(Map.<String, String>of(), Map.of("odd", "yes"))) {
                        checkEveryPage(new ListQuery(SPEC, "", 1, 20, sort, descending, filters));
                    }
                }
            }
        }
    }

    @Test
    void aPageAfterARowThatIsGoneIsReadByOffset() {
        fill(new Random(SEED), 70);
        ListQuery first = ListQuery.first(SPEC);
        PageOf<Long> page1 = read(first);
        template.update("DELETE FROM list_page_probe WHERE id = ?", page1.lastRowId());
        PageOf<Long> page2 = follow(page1.pageLink(2));
        assertThat(page2.query().seek()).isNotNull();
        assertThat(page2.rows()).isEqualTo(byOffset(first.withPage(2)));
    }

    @Test
    void aLargeCountIsKeptForAWhileASmallOneNever() {
        template.batchUpdate("INSERT INTO list_page_probe (id, k, name) VALUES (?, 1, 'n')",
                batch((int) ListPageStore.LARGE_COUNT - 1));
        assertThat(ListPageStore.count(jdbc, FROM, Map.of())).isEqualTo(ListPageStore.LARGE_COUNT - 1);
        template.update("INSERT INTO list_page_probe (id, k, name) VALUES (?, 1, 'n')", ListPageStore.LARGE_COUNT);
        assertThat(ListPageStore.count(jdbc, FROM, Map.of())).as("below the threshold, counted each time")
                .isEqualTo(ListPageStore.LARGE_COUNT);
        template.update("INSERT INTO list_page_probe (id, k, name) VALUES (?, 1, 'n')", ListPageStore.LARGE_COUNT + 1);
        assertThat(ListPageStore.count(jdbc, FROM, Map.of())).as("kept").isEqualTo(ListPageStore.LARGE_COUNT);
        assertThat(ListPageStore.count(jdbc, FROM + " WHERE t.k = :k", Map.of("k", 1)))
                .as("other SQL or parameters are counted on their own").isEqualTo(ListPageStore.LARGE_COUNT + 1);
        ListPageStore.forgetCounts();
        assertThat(ListPageStore.count(jdbc, FROM, Map.of())).isEqualTo(ListPageStore.LARGE_COUNT + 1);
    }

    /** Each page typed by number, then reached from its neighbours' links (forward and backward, up to the gap). */
    private void checkEveryPage(ListQuery query) {
        int pages = read(query).pageCount();
        for (int p = 1; p <= pages + 1; p++) {
            ListQuery typed = query.withPage(p);
            List<Long> expected = byOffset(typed);
            PageOf<Long> page = read(typed);
            assertThat(page.rows()).as("%s typed (seed %d)", typed.href(), SEED).isEqualTo(expected);
            for (int from : List.of(p - 1, p - 3, p + 1, p + 2)) {
                if (from >= 1 && from <= pages && from != p) {
                    String link = read(query.withPage(from)).pageLink(p);
                    assertThat(follow(link).rows()).as("%s from page %d (seed %d)", link, from, SEED)
                            .isEqualTo(expected);
                }
            }
        }
    }

    private PageOf<Long> follow(String href) {
        return read(ListQuery.parse(SPEC, ListPages.parameters(href)));
    }

    private PageOf<Long> read(ListQuery query) {
        SqlWhere where = where(query);
        long total = ListPageStore.count(jdbc, FROM + where.sql(), where.params());
        return ListPageStore.page(jdbc, query, total, "SELECT t.id", FROM, where, (rs, n) -> rs.getLong(1));
    }

    private List<Long> byOffset(ListQuery query) {
        SqlWhere where = where(query);
        return jdbc.sql("SELECT t.id" + FROM + where.sql() + ListSql.orderBy(query) + ListSql.PAGE)
                .params(where.params()).params(ListSql.pageParams(query)).query(Long.class).list();
    }

    private static SqlWhere where(ListQuery query) {
        return new SqlWhere().and("MOD(t.k, 2) = 1", "odd", query.text("odd"));
    }

    private void fill(Random random, int rows) {
        template.execute("DELETE FROM list_page_probe");
        List<Object[]> values = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            values.add(new Object[] {(long) i * 3 + 1 + random.nextInt(3), random.nextInt(12),
                    "n" + (char) ('a' + random.nextInt(5)), random.nextInt(4) == 0 ? null : random.nextInt(8)});
        }
        template.batchUpdate("INSERT INTO list_page_probe (id, k, name, maybe) VALUES (?, ?, ?, ?)", values);
    }

    private static List<Object[]> batch(int rows) {
        List<Object[]> values = new ArrayList<>();
        for (long i = 1; i <= rows; i++) {
            values.add(new Object[] {i});
        }
        return values;
    }
}
