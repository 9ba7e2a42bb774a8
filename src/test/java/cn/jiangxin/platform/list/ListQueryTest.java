package cn.jiangxin.platform.list;

import cn.jiangxin.platform.web.BadListRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListQueryTest {

    static final ListSpec SPEC = ListSpec.of("/things", "id").sort("name", "name").sort("at", "created_at")
            .defaultSort("at", true).withSearch().choice("state", "OPEN", "CLOSED").date("from").date("to")
            .id("unitId").text("actor");

    @Test
    void noParametersAreTheFirstPageInTheDefaultOrder() {
        ListQuery q = ListQuery.parse(SPEC, Map.of());
        assertThat(q).isEqualTo(ListQuery.first(SPEC));
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(20);
        assertThat(q.sort()).isEqualTo("at");
        assertThat(q.descending()).isTrue();
        assertThat(q.search()).isEmpty();
        assertThat(q.filters()).isEmpty();
        assertThat(q.href()).isEqualTo("/things");
        assertThat(q.exportHref()).isEqualTo("/things.xlsx");
        assertThat(ListSql.orderBy(q)).isEqualTo(" ORDER BY created_at DESC, id DESC");
    }

    @Test
    void everyParameterIsReadAndWrittenBackInLinks() {
        ListQuery q = ListQuery.parse(SPEC, params("q", " 张 三+ ", "page", "3", "size", "50", "sort", "name",
                "dir", "asc", "state", "OPEN", "from", "2026-01-01", "to", "2026-01-31", "unitId", "7", "lang", "en",
                "actor", ""));
        assertThat(q.search()).isEqualTo("张 三+");
        assertThat(q.page()).isEqualTo(3);
        assertThat(q.offset()).isEqualTo(100);
        assertThat(q.size()).isEqualTo(50);
        assertThat(q.sortedBy("name")).isTrue();
        assertThat(q.descending()).isFalse();
        assertThat(q.text("state")).isEqualTo("OPEN");
        assertThat(q.date("from")).contains(LocalDate.of(2026, 1, 1));
        assertThat(q.id("unitId")).contains(7L);
        assertThat(q.text("actor")).isEmpty();
        assertThat(q.href()).isEqualTo("/things?q=%E5%BC%A0+%E4%B8%89%2B&state=OPEN&from=2026-01-01&to=2026-01-31"
                + "&unitId=7&sort=name&dir=asc&size=50&page=3");
        assertThat(q.exportHref()).isEqualTo("/things.xlsx?q=%E5%BC%A0+%E4%B8%89%2B&state=OPEN&from=2026-01-01"
                + "&to=2026-01-31&unitId=7&sort=name&dir=asc");
        assertThat(q.withPage(1).href()).doesNotContain("page=");
        assertThat(q.sortedToggled("name").href()).contains("sort=name&dir=desc").doesNotContain("page=");
        assertThat(q.sortedToggled("at").href()).contains("sort=at&dir=asc");
        assertThat(ListSql.orderBy(q)).isEqualTo(" ORDER BY name ASC, id ASC");
        assertThat(ListSql.pageParams(q)).containsEntry("listLimit", 50).containsEntry("listOffset", 100L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page|abc|list.error.page", "page|0|list.error.page", "page|-1|list.error.page",
            "page|99999999999|list.error.page", "page|1.5|list.error.page",
            "size|7|list.error.size", "size|x|list.error.size", "size|1000000|list.error.size",
            "sort|password|list.error.sort", "sort|name;DROP TABLE x|list.error.sort",
            "dir|up|list.error.direction",
            "state|open|list.error.choice", "from|2026-02-30|list.error.date", "from|2026-1-1|list.error.date",
            "to|yesterday|list.error.date", "unitId|0|list.error.id", "unitId|abc|list.error.id",
            "unitId|-3|list.error.id"})
    void anInvalidParameterIsRefusedWithItsOwnMessage(String name, String value, String key) {
        assertThatThrownBy(() -> ListQuery.parse(SPEC, params(name, value)))
                .isInstanceOfSatisfying(BadListRequest.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.args()).contains(value);
                });
    }

    @Test
    void aRangeThatEndsBeforeItStartsTooLongATextAndARepeatedParameterAreRefused() {
        assertThatThrownBy(() -> ListQuery.parse(SPEC, params("from", "2026-02-01", "to", "2026-01-31")))
                .isInstanceOfSatisfying(BadListRequest.class, e -> assertThat(e.key()).isEqualTo("list.error.range"));
        assertThatThrownBy(() -> ListQuery.parse(SPEC, params("q", "x".repeat(101))))
                .isInstanceOfSatisfying(BadListRequest.class, e -> assertThat(e.key()).isEqualTo("list.error.text"));
        assertThatThrownBy(() -> ListQuery.parse(SPEC, Map.of("page", new String[] {"1", "2"})))
                .isInstanceOfSatisfying(BadListRequest.class, e -> assertThat(e.key()).isEqualTo("list.error.repeated"));
        ListSpec unsearchable = ListSpec.of("/x", "id");
        assertThatThrownBy(() -> ListQuery.parse(unsearchable, params("q", "a")))
                .isInstanceOfSatisfying(BadListRequest.class, e -> assertThat(e.key()).isEqualTo("list.error.unknown"));
    }

    @Test
    void aSpecTakesOnlyPlainColumnExpressionsAndNamesOfItsOwn() {
        assertThatThrownBy(() -> ListSpec.of("/x", "id").sort("n", "name; DROP TABLE person"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListSpec.of("/x", "id").text("page")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListSpec.of("/x", "id").date("from").date("from"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListSpec.of("x", "id")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageKnowsItsCountAndItsLinks() {
        ListQuery q = ListQuery.parse(SPEC, params("page", "2", "state", "OPEN"));
        PageOf<String> page = new PageOf<>(java.util.List.of("a", "b"), 22, q);
        assertThat(page.pageCount()).isEqualTo(2);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isFalse();
        assertThat(page.firstRow()).isEqualTo(21);
        assertThat(page.lastRow()).isEqualTo(22);
        assertThat(page.nearbyPages()).containsExactly(1, 2);
        assertThat(page.pageLink(1)).isEqualTo("/things?state=OPEN");
        assertThat(page.sizeLink(100)).isEqualTo("/things?state=OPEN&size=100");
        assertThat(page.ariaSort("at")).isEqualTo("descending");
        assertThat(page.ariaSort("name")).isEqualTo("none");
        assertThat(page.exportLink()).isEqualTo("/things.xlsx?state=OPEN");
        assertThat(new PageOf<String>(java.util.List.of(), 0, ListQuery.first(SPEC)).pageCount()).isEqualTo(1);
    }

    @Test
    void aPagerLinkNamesTheNeighbouringRowAndKeepsItOnlyForThatPage() {
        ListQuery q = ListQuery.parse(SPEC, params("page", "4", "after", "3-1207", "state", "OPEN"));
        assertThat(q.seek()).isEqualTo(new ListQuery.Seek(true, 3, 1207));
        assertThat(q.href()).isEqualTo("/things?state=OPEN&page=4&after=3-1207");
        assertThat(q.exportHref()).doesNotContain("after");
        assertThat(q.withPage(5).href()).isEqualTo("/things?state=OPEN&page=5");
        assertThat(q.withSize(50).href()).doesNotContain("after");
        assertThat(q.sortedToggled("name").href()).doesNotContain("after");
        assertThat(ListQuery.parse(SPEC, params("page", "2", "before", "3-9")).seek())
                .isEqualTo(new ListQuery.Seek(false, 3, 9));
    }

    @ParameterizedTest
    @CsvSource({"after, 3-x", "after, 3", "after, 0-5", "after, 3-0", "after, 4-7", "after, 5-7", "before, 2-7",
            "after, -3-7", "before, 99999999-7", "after, 3-1-2"})
    void aNeighbouringRowThatDoesNotLeadToThePageIsRefused(String name, String value) {
        assertThatThrownBy(() -> ListQuery.parse(SPEC, params("page", "4", name, value)))
                .isInstanceOfSatisfying(BadListRequest.class, e -> assertThat(e.key()).isEqualTo("list.error.seek"));
    }

    @Test
    void aPageIsNotReadAfterAndBeforeRowsAtOnce() {
        assertThatThrownBy(() -> ListQuery.parse(SPEC, params("page", "4", "after", "3-1", "before", "5-2")))
                .isInstanceOfSatisfying(BadListRequest.class, e -> assertThat(e.key()).isEqualTo("list.error.seek"));
    }

    @Test
    void pagerLinksNameTheRowOfThisPageNextToThem() {
        ListQuery page3 = ListQuery.parse(SPEC.seekable("at"), params("page", "3"));
        PageOf<String> page = new PageOf<>(java.util.List.of("a", "b"), 200, page3, 41, 60);
        assertThat(page.pageLink(4)).isEqualTo("/things?page=4&after=3-60");
        assertThat(page.pageLink(5)).isEqualTo("/things?page=5&after=3-60");
        assertThat(page.pageLink(2)).isEqualTo("/things?page=2&before=3-41");
        assertThat(page.pageLink(1)).as("the first page needs no row").isEqualTo("/things");
        assertThat(page.pageLink(10)).as("nor the last").isEqualTo("/things?page=10");
        assertThat(page.pageLink(3)).isEqualTo("/things?page=3");
        assertThat(new PageOf<>(java.util.List.of("a"), 200, page3).pageLink(4))
                .as("rows of unknown ids: by number").isEqualTo("/things?page=4");
        ListQuery byNullable = ListQuery.parse(ListSpec.of("/n", "id").sort("maybe", "maybe"), params("page", "3"));
        assertThat(new PageOf<>(java.util.List.of("a"), 200, byNullable, 41, 60).pageLink(4))
                .as("a sort key not declared seekable pages by number").isEqualTo("/n?page=4");
    }

    private static Map<String, String[]> params(String... pairs) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return map;
    }
}
