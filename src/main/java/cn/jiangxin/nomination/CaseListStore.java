package cn.jiangxin.nomination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case lists' query: a case with its person's and unit's names, narrowed by a {@link CaseFilter}. */
@Repository
class CaseListStore {

    private static final String WITH_PERSON = " FROM nomination n JOIN person p ON p.id = n.person_id";
    private static final String FROM = WITH_PERSON + " JOIN unit u ON u.id = n.unit_id";
    private static final String COLUMNS = "SELECT n.id, n.person_id, p.name AS person_name, n.unit_id,"
            + " u.name AS unit_name, n.state, n.created_at, n.submitted_at";
    private static final String SELECT = COLUMNS + FROM;

    private final JdbcClient jdbc;

    CaseListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<CaseRow> page(CaseFilter filter, ListQuery query) {
        SqlWhere where = where(filter);
        return ListPageStore.page(jdbc, query, count(filter), COLUMNS, FROM, where, CaseListStore::row);
    }

    /**
     * Counts without the joins the filter does not need: they add no rows (NOT NULL foreign keys), and without them
     * the database counts from nomination's indexes alone instead of joining every matching case (bench/README.md).
     */
    long count(CaseFilter filter) {
        SqlWhere where = where(filter);
        String from = filter.search().isEmpty() ? " FROM nomination n" : WITH_PERSON;
        return ListPageStore.count(jdbc, from + where.sql(), where.params());
    }

    Stream<CaseRow> all(CaseFilter filter, ListQuery query) {
        SqlWhere where = where(filter);
        return jdbc.sql(SELECT + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(CaseListStore::row).stream();
    }

    private static SqlWhere where(CaseFilter f) {
        SqlWhere where = new SqlWhere();
        if (f.states().isEmpty()) {
            return where.and("1 = 0");
        }
        where.and("n.state IN (:states)").bind("states", f.states().stream().map(Enum::name).sorted().toList());
        where.and("n.unit_id = :unit", "unit", Optional.ofNullable(f.unitId()));
        if (f.submittedOnly()) {
            where.and("n.submitted_at IS NOT NULL");
        }
        if (f.submittedBefore() != null) {
            where.and("n.submitted_at < :before").bind("before", DbTime.toDb(f.submittedBefore()));
        }
        if (f.reviewer() != null) {
            where.and("""
                    (SELECT t.actor_account_id FROM nomination_transition t WHERE t.nomination_id = n.id
                       AND t.to_state = 'UNDER_REVIEW' ORDER BY t.id DESC LIMIT 1) = :reviewer""")
                    .bind("reviewer", f.reviewer());
        }
        if (f.stampedFormMissing()) {
            where.and("NOT EXISTS (SELECT 1 FROM nomination_file s WHERE s.nomination_id = n.id"
                    + " AND s.kind = 'STAMPED_FORM')");
        }
        where.withinDays("n.submitted_at", f.from(), f.to());
        String text = f.search().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            Optional<Long> number = CaseNumber.idIn(text);
            String byName = "LOWER(p.name) LIKE :name ESCAPE '\\' OR p.name_initials LIKE :initials ESCAPE '\\'";
            where.and(number.isPresent() ? "(" + byName + " OR n.id = :caseId)" : "(" + byName + ")")
                    .bind("name", "%" + SqlWhere.escapeLike(text) + "%")
                    .bind("initials", "% " + SqlWhere.escapeLike(text.replace(" ", "")) + "%");
            number.ifPresent(id -> where.bind("caseId", id));
        }
        return where;
    }

    private static CaseRow row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Instant created = DbTime.instant(rs, "created_at");
        return new CaseRow(id, CaseNumber.of(id, created), rs.getLong("person_id"), rs.getString("person_name"),
                rs.getLong("unit_id"), rs.getString("unit_name"), NominationState.valueOf(rs.getString("state")),
                created, DbTime.instant(rs, "submitted_at"));
    }
}
