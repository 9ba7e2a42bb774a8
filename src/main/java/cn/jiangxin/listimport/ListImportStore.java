package cn.jiangxin.listimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.crypto.FieldCipher;
import cn.jiangxin.platform.tabular.ColumnMapping;
import cn.jiangxin.platform.tabular.ImportField;
import cn.jiangxin.platform.tabular.RowOutcome;
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

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ListImportStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
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

    void reject(long listId, RowOutcome.Rejected row) {
        jdbc.sql("""
                INSERT INTO import_row (list_id, row_no, outcome, reasons, cells)
                VALUES (:list, :row, 'REJECTED', :reasons, :cells)""")
                .param("list", listId).param("row", row.rowNumber())
                .param("reasons", cut(String.join("\n", row.reasons()), 2000))
                .param("cells", String.join(String.valueOf(CELL_SEPARATOR), row.cells())).update();
    }

    /**
     * Keeps an accepted row as its source's entry: a new entry, the same as already imported, or a correction (the
     * entry's old values kept in import_correction). The entry is locked while it is compared.
     */
    RowKept accept(long listId, String source, RowOutcome.Accepted row) {
        String keyIndex = cipher.blindIndex(row.naturalKey());
        Optional<EntryValues> existing = jdbc.sql("""
                SELECT id, list_id, row_no, name, unit_name, unit_credit_code, place, achieved_on, team_or_individual
                FROM import_entry WHERE source = :source AND key_index = :key FOR UPDATE""")
                .param("source", source).param("key", keyIndex).query(ListImportStore::entry).optional();
        EntryValues incoming = EntryValues.of(row);
        RowKept kept;
        long entryId;
        if (existing.isEmpty()) {
            String idNumber = row.value(ImportField.ID_NUMBER);
            Map<String, Object> p = incoming.params();
            p.put("source", source);
            p.put("key", keyIndex);
            p.put("list", listId);
            p.put("row", row.rowNumber());
            p.put("idEnc", idNumber.isEmpty() ? null : cipher.encrypt(idNumber));
            p.put("idIndex", idNumber.isEmpty() ? null : cipher.blindIndex(idNumber));
            p.put("event", blankAsNull(row.value(ImportField.EVENT)));
            p.put("competition", blankAsNull(row.value(ImportField.COMPETITION)));
            p.put("edition", blankAsNull(row.value(ImportField.EDITION)));
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO import_entry (source, key_index, list_id, row_no, name, id_number_enc, id_number_index,
                        unit_name, unit_credit_code, place, event_name, competition, edition, achieved_on,
                        team_or_individual)
                    VALUES (:source, :key, :list, :row, :name, :idEnc, :idIndex, :unit, :credit, :place, :event,
                        :competition, :edition, :date, :team)""").params(p).update(keys, "id");
            entryId = keys.getKey().longValue();
            kept = RowKept.NEW;
        } else if (existing.get().sameAs(incoming)) {
            entryId = existing.get().id();
            kept = RowKept.SAME;
        } else {
            EntryValues old = existing.get();
            entryId = old.id();
            jdbc.sql("""
                    INSERT INTO import_correction (entry_id, list_id, row_no, old_list_id, old_row_no, old_name,
                        old_unit_name, old_unit_credit_code, old_place, old_achieved_on, old_team_or_individual)
                    SELECT id, :list, :row, list_id, row_no, name, unit_name, unit_credit_code, place, achieved_on,
                        team_or_individual
                    FROM import_entry WHERE id = :entry""")
                    .param("list", listId).param("row", row.rowNumber()).param("entry", entryId).update();
            Map<String, Object> p = incoming.params();
            p.put("entry", entryId);
            p.put("list", listId);
            p.put("row", row.rowNumber());
            jdbc.sql("""
                    UPDATE import_entry SET name = :name, unit_name = :unit, unit_credit_code = :credit,
                        place = :place, achieved_on = :date, team_or_individual = :team,
                        corrected_from = list_id, list_id = :list, row_no = :row
                    WHERE id = :entry""").params(p).update();
            kept = RowKept.CORRECTED;
        }
        jdbc.sql("INSERT INTO import_row (list_id, row_no, outcome, entry_id) VALUES (:list, :row, :outcome, :entry)")
                .param("list", listId).param("row", row.rowNumber()).param("outcome", kept.name())
                .param("entry", entryId).update();
        return kept;
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

        Map<String, Object> params() {
            Map<String, Object> p = new java.util.HashMap<>();
            p.put("name", name);
            p.put("unit", unit);
            p.put("credit", credit);
            p.put("place", place);
            p.put("date", date);
            p.put("team", team);
            return p;
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
}
