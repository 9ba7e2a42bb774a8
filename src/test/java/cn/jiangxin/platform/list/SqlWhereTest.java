package cn.jiangxin.platform.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SqlWhereTest {

    @Test
    void onlyConditionsWithAValueAreAddedAndSearchesEscapeLikeWildcards() {
        SqlWhere where = new SqlWhere().and("a = :a", "a", "x").and("b = :b", "b", "  ")
                .and("c = :c", "c", Optional.empty()).and("d = :d", "d", Optional.of(4L))
                .like(" 50%_A\\ ", "name", "code");
        assertThat(where.sql()).isEqualTo(" WHERE a = :a AND d = :d AND (LOWER(name) LIKE :listSearch ESCAPE '\\'"
                + " OR LOWER(code) LIKE :listSearch ESCAPE '\\')");
        assertThat(where.params()).containsEntry("a", "x").containsEntry("d", 4L)
                .containsEntry("listSearch", "%50\\%\\_a\\\\%").doesNotContainKeys("b", "c");
        assertThat(new SqlWhere().like("", "name").sql()).isEmpty();
    }

    @Test
    void aParameterIsBoundOnce() {
        assertThatThrownBy(() -> new SqlWhere().bind("a", 1).bind("a", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SqlWhere().bind("a;b", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCountTakesTheSameFromAndWhere() {
        assertThat(ListSql.count(" FROM person WHERE unit_id = :u")).isEqualTo("SELECT COUNT(*) FROM person WHERE unit_id = :u");
        assertThatThrownBy(() -> ListSql.count("person")).isInstanceOf(IllegalArgumentException.class);
    }
}
