package cn.jiangxin.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.jiangxin.ledger.domain.Entry;
import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.ledger.domain.Posting;
import cn.jiangxin.ledger.domain.PostingLine;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for the ledger. Entries and lines are only ever inserted (LedgerImmutabilityTest scans for anything else);
 * account balances change only by the conditional UPDATE in {@link #adjust}, in the same transaction as the lines.
 */
@Repository
class LedgerStore {

    private static final String ENTRY_COLUMNS = "id, business_key, memo, posted_at, posted_by, reverses_entry_id";
    private static final String LISTED_COLUMNS = "e.id, e.business_key, e.memo, e.posted_at, e.posted_by,"
            + " e.reverses_entry_id";
    /** An entry with its amount (the sum of its debit lines), to sort by. */
    private static final String LISTED_FROM = " FROM ledger_entry e JOIN (SELECT entry_id,"
            + " SUM(CASE WHEN amount_fen > 0 THEN amount_fen ELSE 0 END) AS debit_fen FROM ledger_line"
            + " GROUP BY entry_id) s ON s.entry_id = e.id";

    private final JdbcClient jdbc;

    LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the entry head unless its business key (or the entry it reverses) is taken; then nothing is written. */
    OptionalLong insertEntry(Posting p, Instant at, String month, String actor) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        int rows = jdbc.sql("""
                INSERT INTO ledger_entry (business_key, memo, posted_at, posting_month, posted_by, reverses_entry_id)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(p.businessKey(), p.memo(), DbTime.toDb(at), month, actor, p.reversesEntryId())
                .update(keys, "id");
        return rows == 0 ? OptionalLong.empty() : OptionalLong.of(keys.getKey().longValue());
    }

    void insertLines(long entryId, List<PostingLine> lines) {
        for (PostingLine l : lines) {
            jdbc.sql("INSERT INTO ledger_line (entry_id, account_code, party, amount_fen) VALUES (?, ?, ?, ?)")
                    .params(entryId, l.account().name(), l.party(), l.amountFen()).update();
        }
    }

    /** Moves a balance unless it would cross to the wrong side of zero; false (nothing changed) then. */
    boolean adjust(LedgerAccount account, long deltaFen) {
        return jdbc.sql("""
                UPDATE ledger_account SET balance_fen = balance_fen + :d
                WHERE code = :code AND ((normal_side = 'DEBIT' AND balance_fen + :d >= 0)
                                     OR (normal_side = 'CREDIT' AND balance_fen + :d <= 0))""")
                .param("d", deltaFen).param("code", account.name()).update() == 1;
    }

    Optional<Entry> findByKey(String businessKey) {
        return one("business_key = ?", businessKey);
    }

    Optional<Entry> find(long id) {
        return one("id = ?", id);
    }

    Optional<Entry> reversalOf(long id) {
        return one("reverses_entry_id = ?", id);
    }

    /** One page of the entries {@code query} filters, as {@link EntryListing} sorts them, each with its lines. */
    PageOf<Entry> page(ListQuery query) {
        SqlWhere where = where(query);
        PageOf<Head> heads = ListPageStore.page(jdbc, query, count(query), "SELECT " + LISTED_COLUMNS, LISTED_FROM,
                where, this::head);
        return heads.withRows(withLines(heads.rows()));
    }

    long count(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.count(jdbc, LISTED_FROM + where.sql(), where.params());
    }

    /** Every entry the query filters, in its order, with its lines: read {@link ListSql#FETCH_SIZE} at a time. */
    void forEach(ListQuery query, Consumer<Entry> each) {
        SqlWhere where = where(query);
        List<Head> chunk = new ArrayList<>();
        try (Stream<Head> heads = jdbc.sql("SELECT " + LISTED_COLUMNS + LISTED_FROM + where.sql()
                + ListSql.orderBy(query)).params(where.params()).withFetchSize(ListSql.FETCH_SIZE).query(this::head)
                .stream()) {
            heads.forEach(h -> {
                chunk.add(h);
                if (chunk.size() == ListSql.FETCH_SIZE) {
                    withLines(chunk).forEach(each);
                    chunk.clear();
                }
            });
        }
        withLines(chunk).forEach(each);
    }

    /**
     * Search: memo or business key; filters: an account the entry moves, its kind (by business key: allocation,
     * commitment, payment; or a reversal), the day posted.
     */
    private static SqlWhere where(ListQuery query) {
        SqlWhere where = new SqlWhere().and("EXISTS (SELECT 1 FROM ledger_line al WHERE al.entry_id = e.id"
                + " AND al.account_code = :account)", "account", query.text("account"));
        switch (query.text("kind")) {
            case "ALLOCATION" -> where.and("e.business_key LIKE 'ALLOC:%'");
            case "COMMITMENT" -> where.and("e.business_key LIKE 'COMMIT:%'");
            case "PAYMENT" -> where.and("e.business_key LIKE 'PAY:%'");
            case "REVERSAL" -> where.and("e.reverses_entry_id IS NOT NULL");
            default -> { }
        }
        return where.withinDays("e.posted_at", query.date("from"), query.date("to"))
                .like(query.search(), "e.memo", "e.business_key");
    }

    Map<LedgerAccount, Long> storedBalances() {
        Map<LedgerAccount, Long> out = new EnumMap<>(LedgerAccount.class);
        jdbc.sql("SELECT code, balance_fen FROM ledger_account").query((rs, n) ->
                out.put(LedgerAccount.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return out;
    }

    Map<LedgerAccount, Long> lineSums() {
        Map<LedgerAccount, Long> out = new EnumMap<>(LedgerAccount.class);
        jdbc.sql("SELECT account_code, SUM(amount_fen) FROM ledger_line GROUP BY account_code").query((rs, n) ->
                out.put(LedgerAccount.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return out;
    }

    long partySum(LedgerAccount account, String party) {
        return jdbc.sql("SELECT COALESCE(SUM(amount_fen), 0) FROM ledger_line WHERE account_code = ? AND party = ?")
                .params(account.name(), party).query(Long.class).single();
    }

    /** Net signed movement per month and account, months in order. */
    Map<String, Map<LedgerAccount, Long>> monthlyMovements() {
        Map<String, Map<LedgerAccount, Long>> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT e.posting_month, l.account_code, SUM(l.amount_fen) FROM ledger_line l
                JOIN ledger_entry e ON e.id = l.entry_id GROUP BY e.posting_month, l.account_code
                ORDER BY e.posting_month""").query((rs, n) -> out
                .computeIfAbsent(rs.getString(1), m -> new EnumMap<>(LedgerAccount.class))
                .put(LedgerAccount.valueOf(rs.getString(2)), rs.getLong(3))).list();
        return out;
    }

    private Optional<Entry> one(String where, Object param) {
        return withLines(jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE " + where).param(param)
                .query(this::head).list()).stream().findFirst();
    }

    private List<Entry> withLines(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PostingLine>> lines = new LinkedHashMap<>();
        jdbc.sql("SELECT entry_id, account_code, party, amount_fen FROM ledger_line WHERE entry_id IN (:ids) ORDER BY id")
                .param("ids", heads.stream().map(Head::id).toList())
                .query((rs, n) -> lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                        new PostingLine(LedgerAccount.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4)))).list();
        return heads.stream().map(h -> new Entry(h.id, h.key, h.memo, h.at, h.by, h.reverses,
                lines.getOrDefault(h.id, List.of()))).toList();
    }

    private Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getLong(1), rs.getString(2), rs.getString(3),
                DbTime.instant(rs, 4), rs.getString(5),
                rs.getObject(6, Long.class));
    }

    private record Head(long id, String key, String memo, Instant at, String by, Long reverses) {
    }
}
