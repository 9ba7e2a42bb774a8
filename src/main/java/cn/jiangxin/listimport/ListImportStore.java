package cn.jiangxin.listimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.crypto.FieldCipher;
import cn.jiangxin.platform.tabular.ColumnMapping;
import cn.jiangxin.platform.tabular.ImportField;
import cn.jiangxin.platform.tabular.RowOutcome;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The imported lists, the mapping kept per source, and the rows and entries an import writes. The ID number goes in
 * encrypted with its blind index; the natural key (which holds it) only as its blind index.
 */
@Repository
class ListImportStore {

    static final char CELL_SEPARATOR = '\u001F';
    private static final String ENTRY_COLUMNS = """
            source, key_index, list_id, row_no, name, id_number_enc, id_number_index, unit_name, unit_credit_code, \
            place, event_name, competition, edition, achieved_on, team_or_individual""";
    private static final String ENTRY_COLUMNS_WITH_ID = "import_entry (id, " + ENTRY_COLUMNS + ")";

    private final JdbcClient jdbc;
    /** For the chunk's batches (JdbcClient has no batch form); with reWriteBatchedInserts on PostgreSQL. */
    private final JdbcTemplate batch;
    private final FieldCipher cipher;
    /** PostgreSQL's COPY for the chunk's new entries and rows; elsewhere (H2) the JDBC batches. */
    private final BulkCopyStore bulk;

    ListImportStore(JdbcClient jdbc, JdbcTemplate batch, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.cipher = cipher;
        this.bulk = new BulkCopyStore(batch);
    }

    long createList(String source, ImportKind kind, String fileName, long fileSize, String storedAs, String format,
            long uploadedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_list (source, kind, file_name, file_size, stored_as, format, status, uploaded_by,
                    uploaded_at)
                VALUES (:source, :kind, :fileName, :size, :storedAs, :format, 'UPLOADED', :by, :now)""")
                .params(Map.of("source", source, "kind", kind.name(), "fileName", fileName, "size", fileSize,
                        "storedAs", storedAs, "format", format, "by", uploadedBy))
                .param("now", DbTime.toDb(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<ImportedList> find(long id) {
        return jdbc.sql("SELECT * FROM import_list WHERE id = :id").param("id", id).query(this::list).optional();
    }

    /** Keeps the mapping confirmed for a source (replacing the one it had) and marks the list mapped. */
    boolean saveMapping(long listId, String source, ColumnMapping mapping) {
        jdbc.sql("DELETE FROM import_mapping WHERE source = :source").param("source", source).update();
        for (ColumnMapping.Column c : mapping.columns()) {
            if (c.field() != null) {
                jdbc.sql("""
                        INSERT INTO import_mapping (source, field, column_index, header)
                        VALUES (:source, :field, :index, :header)""")
                        .params(Map.of("source", source, "field", c.field().name(), "index", c.index(),
                                "header", c.header()))
                        .update();
            }
        }
        return jdbc.sql("UPDATE import_list SET status = 'MAPPED' WHERE id = :id AND status IN ('UPLOADED', 'MAPPED')")
                .param("id", listId).update() == 1;
    }

    /** The mapping kept for a source: one column per field (the confirmed choice, so sure). */
    ColumnMapping mapping(String source) {
        return new ColumnMapping(jdbc.sql("""
                SELECT field, column_index, header FROM import_mapping WHERE source = :source ORDER BY column_index""")
                .param("source", source)
                .query((rs, n) -> new ColumnMapping.Column(rs.getInt("column_index"), rs.getString("header"),
                        ImportField.valueOf(rs.getString("field")), 1.0, false))
                .list());
    }

    boolean start(long id, Instant now) {
        return jdbc.sql("""
                UPDATE import_list SET status = 'RUNNING', started_at = :now, lease_until = NULL, claimed_by = NULL
                WHERE id = :id AND status = 'MAPPED'""")
                .param("id", id).param("now", DbTime.toDb(now)).update() == 1;
    }

    /** Running lists no node holds: never claimed, or whose node let its lease run out (killed). */
    List<Long> unclaimed(Instant now) {
        return jdbc.sql("""
                SELECT id FROM import_list
                WHERE status = 'RUNNING' AND (lease_until IS NULL OR lease_until < :now) ORDER BY id""")
                .param("now", DbTime.toDb(now)).query(Long.class).list();
    }

    /** Takes a running list for {@code node} if no other node holds it; only one of racing nodes succeeds. */
    boolean claim(long id, String node, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE import_list SET claimed_by = :node, lease_until = :until
                WHERE id = :id AND status = 'RUNNING' AND (lease_until IS NULL OR lease_until < :now)""")
                .param("id", id).param("node", node).param("now", DbTime.toDb(now))
                .param("until", DbTime.toDb(until)).update() == 1;
    }

    /**
     * Moves the checkpoint from {@code from} to {@code to}, adds the chunk's counts and renews the lease, if
     * {@code node} still holds the list and nobody moved the checkpoint meanwhile. To be called in the chunk's
     * transaction before its rows are written: when it answers false the chunk is not this node's to write.
     */
    boolean advance(long id, String node, long from, long to, ChunkCounts counts, Instant until) {
        return jdbc.sql("""
                UPDATE import_list SET checkpoint_row = :to, lease_until = :until,
                    rows_read = rows_read + :read, rows_accepted = rows_accepted + :accepted,
                    rows_rejected = rows_rejected + :rejected
                WHERE id = :id AND status = 'RUNNING' AND claimed_by = :node AND checkpoint_row = :from""")
                .param("id", id).param("node", node).param("from", from).param("to", to)
                .param("until", DbTime.toDb(until)).param("read", counts.read()).param("accepted", counts.accepted())
                .param("rejected", counts.rejected()).update() == 1;
    }

    void addCorrected(long id, long corrected) {
        if (corrected > 0) {
            jdbc.sql("UPDATE import_list SET rows_corrected = rows_corrected + :n WHERE id = :id")
                    .param("id", id).param("n", corrected).update();
        }
    }

    /** What a chunk added to a list's counters. */
    record ChunkCounts(long read, long accepted, long rejected) {
    }

    /**
     * A chunk's rows with what the cipher makes of each accepted row: the natural key's blind index, and the ID
     * number encrypted with its blind index (null when there is none). Sealed before the chunk's transaction, on the
     * thread that reads the file, so the database does not wait for the cipher.
     */
    record SealedChunk(List<RowOutcome> rows, String[] keyIndex, String[] idNumberEnc, String[] idNumberIndex) {
    }

    SealedChunk seal(List<RowOutcome> rows) {
        int n = rows.size();
        String[] keyIndex = new String[n];
        String[] enc = new String[n];
        String[] index = new String[n];
        for (int i = 0; i < n; i++) {
            if (rows.get(i) instanceof RowOutcome.Accepted a) {
                keyIndex[i] = cipher.blindIndex(a.naturalKey());
                String idNumber = a.value(ImportField.ID_NUMBER);
                if (!idNumber.isEmpty()) {
                    enc[i] = cipher.encrypt(idNumber);
                    index[i] = cipher.blindIndex(idNumber);
                }
            }
        }
        return new SealedChunk(rows, keyIndex, enc, index);
    }

    /**
     * Writes a chunk's rows in row order as if one by one: each accepted row kept as its source's entry (a new entry,
     * the same as already imported, or a correction whose old values go to import_correction), each rejected row with
     * its reasons; answers how many were corrections. To be called in the chunk's transaction after
     * {@link #advance}. Statements per chunk, not per row: one look-up of the chunk's natural keys (their entries
     * locked while compared), then one batch each of new entries, corrections, updated entries and rows. Rows of the
     * chunk with the same natural key are compared with one another in memory, in row order.
     */
    long writeChunk(long listId, String source, SealedChunk sealed) {
        List<RowOutcome> chunk = sealed.rows();
        Map<String, EntryState> byKey = new HashMap<>();
        List<String> keys = new ArrayList<>();
        String[] keyOf = sealed.keyIndex();
        for (int i = 0; i < chunk.size(); i++) {
            if (chunk.get(i) instanceof RowOutcome.Accepted) {
                if (byKey.putIfAbsent(keyOf[i], EntryState.ABSENT) == null) {
                    keys.add(keyOf[i]);
                }
            }
        }
        if (!keys.isEmpty()) {
            jdbc.sql("""
                    SELECT id, key_index, list_id, row_no, name, unit_name, unit_credit_code, place, achieved_on,
                        team_or_individual
                    FROM import_entry WHERE key_index = ANY(:keys) AND source = :source ORDER BY id FOR UPDATE""")
                    .param("source", source).param("keys", keys.toArray(new String[0]))
                    .query((rs, n) -> {
                        byKey.put(rs.getString("key_index"), new EntryState(rs.getLong("id"), rs.getLong("list_id"),
                                rs.getLong("row_no"), entry(rs, n), false));
                        return null;
                    }).list();
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Correction> corrections = new ArrayList<>();
        RowKept[] kept = new RowKept[chunk.size()];
        long corrected = 0;
        for (int i = 0; i < chunk.size(); i++) {
            if (!(chunk.get(i) instanceof RowOutcome.Accepted row)) {
                continue;
            }
            EntryValues incoming = EntryValues.of(row);
            EntryState state = byKey.get(keyOf[i]);
            if (state == EntryState.ABSENT) {
                inserts.add(new Object[] { source, keyOf[i], listId, row.rowNumber(), incoming.name(),
                        sealed.idNumberEnc()[i], sealed.idNumberIndex()[i], incoming.unit(), incoming.credit(),
                        incoming.place(), blankAsNull(row.value(ImportField.EVENT)),
                        blankAsNull(row.value(ImportField.COMPETITION)), blankAsNull(row.value(ImportField.EDITION)),
                        incoming.date(), incoming.team() });
                byKey.put(keyOf[i], new EntryState(0, listId, row.rowNumber(), incoming, true));
                kept[i] = RowKept.NEW;
            } else if (state.values().sameAs(incoming)) {
                kept[i] = RowKept.SAME;
            } else {
                EntryState now = state.correctedBy(listId, row.rowNumber(), incoming);
                corrections.add(new Correction(state, now));
                byKey.put(keyOf[i], now);
                kept[i] = RowKept.CORRECTED;
                corrected++;
            }
        }
        if (!inserts.isEmpty()) {
            if (bulk.copies()) {
                List<Long> ids = bulk.newEntryIds(inserts.size());
                List<Object[]> withIds = new ArrayList<>(inserts.size());
                for (int n = 0; n < inserts.size(); n++) {
                    Object[] values = inserts.get(n);
                    Object[] row = new Object[values.length + 1];
                    row[0] = ids.get(n);
                    System.arraycopy(values, 0, row, 1, values.length);
                    withIds.add(row);
                    byKey.get((String) values[1]).entryId[0] = ids.get(n);
                }
                bulk.copy(ENTRY_COLUMNS_WITH_ID, withIds);
            } else {
                insertEntries(inserts, byKey);
            }
        }
        if (!corrections.isEmpty()) {
            List<Object[]> args = new ArrayList<>(corrections.size());
            Map<Long, Object[]> last = new java.util.LinkedHashMap<>();
            for (Correction c : corrections) {
                EntryValues old = c.before().values();
                args.add(new Object[] { c.before().entryId[0], c.after().listId(), c.after().rowNo(),
                        c.before().listId(), c.before().rowNo(), old.name(), old.unit(), old.credit(), old.place(),
                        old.date(), old.team() });
                EntryValues v = c.after().values();
                last.put(c.after().entryId[0], new Object[] { v.name(), v.unit(), v.credit(), v.place(), v.date(),
                        v.team(), c.after().correctedFrom(), c.after().listId(), c.after().rowNo(),
                        c.after().entryId[0] });
            }
            batch.batchUpdate("""
                    INSERT INTO import_correction (entry_id, list_id, row_no, old_list_id, old_row_no, old_name,
                        old_unit_name, old_unit_credit_code, old_place, old_achieved_on, old_team_or_individual)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args, types(0, 5, 6));
            batch.batchUpdate("""
                    UPDATE import_entry SET name = ?, unit_name = ?, unit_credit_code = ?, place = ?, achieved_on = ?,
                        team_or_individual = ?, corrected_from = ?, list_id = ?, row_no = ?
                    WHERE id = ?""", new ArrayList<>(last.values()), types(6, 4, 0));
        }
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            RowOutcome outcome = chunk.get(i);
            if (outcome instanceof RowOutcome.Rejected r) {
                rows.add(new Object[] { listId, r.rowNumber(), "REJECTED", null,
                        cut(String.join("\n", r.reasons()), 2000),
                        String.join(String.valueOf(CELL_SEPARATOR), r.cells()) });
            } else {
                rows.add(new Object[] { listId, outcome.rowNumber(), kept[i].name(), byKey.get(keyOf[i]).entryId[0],
                        null, null });
            }
        }
        if (bulk.copies()) {
            bulk.copy("import_row (list_id, row_no, outcome, entry_id, reasons, cells)", rows);
        } else {
            batch.batchUpdate("""
                    INSERT INTO import_row (list_id, row_no, outcome, entry_id, reasons, cells)
                    VALUES (?, ?, ?, ?, ?, ?)""", rows, new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                    Types.BIGINT, Types.VARCHAR, Types.VARCHAR });
        }
        return corrected;
    }

    /** The chunk's new entries as one JDBC batch, their ids read back as generated keys. */
    private void insertEntries(List<Object[]> inserts, Map<String, EntryState> byKey) {
        int[] types = types(2, 2, 11);
        var generated = new GeneratedKeyHolder();
        batch.batchUpdate(con -> con.prepareStatement("INSERT INTO import_entry (" + ENTRY_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id", "key_index" }),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Object[] values = inserts.get(i);
                        for (int c = 0; c < values.length; c++) {
                            StatementCreatorUtils.setParameterValue(ps, c + 1, types[c], values[c]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return inserts.size();
                    }
                }, generated);
        for (Map<String, Object> key : generated.getKeyList()) {
            byKey.get((String) key.get("key_index")).entryId[0] = ((Number) key.get("id")).longValue();
        }
    }

    /** A row of the chunk that changed an entry: the entry before and after it. */
    private record Correction(EntryState before, EntryState after) {
    }

    /** SQL types of a batch's parameters: so many strings, then longs, then strings. */
    private static int[] types(int strings, int longs, int moreStrings) {
        int[] t = new int[strings + longs + moreStrings];
        java.util.Arrays.fill(t, Types.VARCHAR);
        java.util.Arrays.fill(t, strings, strings + longs, Types.BIGINT);
        return t;
    }

    /**
     * An entry as the chunk has made it so far. {@code entryId} is one shared cell, filled in once a new entry is
     * inserted, so every state of the same entry sees its id.
     */
    private record EntryState(Long[] entryId, long listId, long rowNo, EntryValues values, Long correctedFrom) {

        static final EntryState ABSENT = new EntryState(new Long[1], 0, 0, null, null);

        EntryState(long id, long listId, long rowNo, EntryValues values, boolean isNew) {
            this(new Long[] { isNew ? null : id }, listId, rowNo, values, null);
        }

        EntryState correctedBy(long newListId, long newRowNo, EntryValues incoming) {
            return new EntryState(entryId, newListId, newRowNo, incoming, listId);
        }
    }

    /** How an accepted row was kept. */
    enum RowKept {
        NEW, SAME, CORRECTED
    }

    /** The values of an entry a later list may correct. */
    record EntryValues(long id, String name, String unit, String credit, String place, String date, String team) {

        static EntryValues of(RowOutcome.Accepted row) {
            return new EntryValues(0, row.value(ImportField.NAME), blankAsNull(row.value(ImportField.UNIT)),
                    blankAsNull(row.value(ImportField.UNIT_CREDIT_CODE)), blankAsNull(row.value(ImportField.PLACE)),
                    blankAsNull(row.value(ImportField.DATE)), blankAsNull(row.value(ImportField.TEAM_OR_INDIVIDUAL)));
        }

        boolean sameAs(EntryValues o) {
            return name.equals(o.name) && Objects.equals(unit, o.unit) && Objects.equals(credit, o.credit)
                    && Objects.equals(place, o.place) && Objects.equals(date, o.date) && Objects.equals(team, o.team);
        }
    }

    /** Marks the list done if this node still holds it; whether it did. */
    boolean finish(long id, String node, Instant now) {
        return 1 == jdbc.sql("""
                UPDATE import_list SET status = 'DONE', finished_at = :now, claimed_by = NULL, lease_until = NULL
                WHERE id = :id AND status = 'RUNNING' AND claimed_by = :node""")
                .param("id", id).param("node", node).param("now", DbTime.toDb(now)).update();
    }

    void fail(long id, String node, String reason, Instant now) {
        jdbc.sql("""
                UPDATE import_list SET status = 'FAILED', refusal = :reason, finished_at = :now, claimed_by = NULL,
                    lease_until = NULL
                WHERE id = :id AND status = 'RUNNING' AND claimed_by = :node""")
                .param("id", id).param("node", node).param("reason", cut(reason, 500))
                .param("now", DbTime.toDb(now)).update();
    }

    /** The outcome of each row of a list in row order, e.g. "12 REJECTED". */
    List<RowRecord> rows(long listId) {
        return jdbc.sql("SELECT row_no, outcome, entry_id, reasons, cells FROM import_row WHERE list_id = :list ORDER BY row_no")
                .param("list", listId)
                .query((rs, n) -> new RowRecord(rs.getLong("row_no"), rs.getString("outcome"),
                        (Long) rs.getObject("entry_id", Long.class), rs.getString("reasons"), rs.getString("cells")))
                .list();
    }

    /** A row as kept. */
    record RowRecord(long rowNo, String outcome, Long entryId, String reasons, String cells) {
    }

    private static EntryValues entry(ResultSet rs, int n) throws SQLException {
        return new EntryValues(rs.getLong("id"), rs.getString("name"), rs.getString("unit_name"),
                rs.getString("unit_credit_code"), rs.getString("place"), rs.getString("achieved_on"),
                rs.getString("team_or_individual"));
    }

    private ImportedList list(ResultSet rs, int n) throws SQLException {
        return new ImportedList(rs.getLong("id"), rs.getString("source"), ImportKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), rs.getLong("file_size"), rs.getString("stored_as"), rs.getString("format"),
                ImportStatus.valueOf(rs.getString("status")), rs.getString("refusal"), rs.getLong("rows_read"),
                rs.getLong("rows_accepted"), rs.getLong("rows_rejected"), rs.getLong("rows_corrected"),
                rs.getLong("checkpoint_row"), rs.getString("claimed_by"), DbTime.instant(rs, "lease_until"),
                DbTime.instant(rs, "started_at"), DbTime.instant(rs, "finished_at"));
    }

    private static String blankAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static List<String> cells(String stored) {
        return stored == null ? List.of() : new ArrayList<>(List.of(stored.split(String.valueOf(CELL_SEPARATOR), -1)));
    }

    static Map<ImportField, Integer> columns(ColumnMapping mapping) {
        Map<ImportField, Integer> m = new EnumMap<>(ImportField.class);
        for (ImportField f : ImportField.values()) {
            mapping.column(f).ifPresent(i -> m.put(f, i));
        }
        return m;
    }

    /**
     * PostgreSQL's COPY on the chunk transaction's own connection (so the rows commit or roll back with the
     * checkpoint): one round trip per table and chunk, rows inserted in bulk. New entries get their ids from the
     * identity's sequence first. On other databases {@link #copies()} answers false and the JDBC batches are used.
     */
    private static final class BulkCopyStore {

        private final JdbcTemplate jdbc;
        private Boolean postgres;

        BulkCopyStore(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        boolean copies() {
            if (postgres == null) {
                postgres = jdbc.execute((ConnectionCallback<Boolean>) con -> con.isWrapperFor(PGConnection.class));
            }
            return postgres;
        }

        List<Long> newEntryIds(int n) {
            return jdbc.queryForList("""
                    SELECT nextval(pg_get_serial_sequence('import_entry', 'id')) FROM generate_series(1, ?)""",
                    Long.class, n);
        }

        /** Copies rows into {@code target}, "table (columns)"; values are strings, numbers or null. */
        void copy(String target, List<Object[]> rows) {
            StringBuilder text = new StringBuilder(rows.size() * 160);
            for (Object[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    if (c > 0) {
                        text.append('\t');
                    }
                    append(text, row[c]);
                }
                text.append('\n');
            }
            jdbc.execute((ConnectionCallback<Long>) con -> {
                try {
                    return con.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("COPY " + target + " FROM STDIN", new StringReader(text.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** A value in COPY's text format: \N for null, backslash, tab, newline and carriage return escaped. */
        private static void append(StringBuilder text, Object value) {
            if (value == null) {
                text.append("\\N");
                return;
            }
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
        }
    }
}
