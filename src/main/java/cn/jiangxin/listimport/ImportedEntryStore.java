package cn.jiangxin.listimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the entries of a list (through its accepted rows) and the list's summary. */
@Repository
class ImportedEntryStore {

    private static final String ENTRY = """
            SELECT e.id, e.list_id, e.row_no, e.source, e.name, e.id_number_index, e.unit_name, e.unit_credit_code,
                e.competition, e.edition, e.event_name, e.place, e.achieved_on, e.team_or_individual
            FROM import_entry e""";

    private final JdbcClient jdbc;

    ImportedEntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void forEachOf(long listId, Consumer<ImportedEntry> sink) {
        jdbc.sql(ENTRY + " JOIN import_row r ON r.entry_id = e.id WHERE r.list_id = :list ORDER BY r.row_no")
                .param("list", listId).withFetchSize(1000).query(this::mapEntry).stream().forEach(sink);
    }

    Optional<ImportedEntry> entry(long entryId) {
        return jdbc.sql(ENTRY + " WHERE e.id = :id").param("id", entryId).query(this::mapEntry).optional();
    }

    Optional<ImportedListSummary> summary(long listId) {
        return jdbc.sql("""
                SELECT id, source, kind, file_name, status, rows_read, rows_accepted, rows_rejected, finished_at
                FROM import_list WHERE id = :id""").param("id", listId)
                .query((rs, n) -> new ImportedListSummary(rs.getLong("id"), rs.getString("source"),
                        ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                        "DONE".equals(rs.getString("status")), rs.getLong("rows_read"), rs.getLong("rows_accepted"),
                        rs.getLong("rows_rejected"), DbTime.instant(rs, "finished_at")))
                .optional();
    }

    private ImportedEntry mapEntry(ResultSet rs, int n) throws SQLException {
        String place = rs.getString("place");
        String on = rs.getString("achieved_on");
        return new ImportedEntry(rs.getLong("id"), rs.getLong("list_id"), rs.getLong("row_no"), rs.getString("source"),
                rs.getString("name"), rs.getString("id_number_index"), rs.getString("unit_name"),
                rs.getString("unit_credit_code"), rs.getString("competition"), rs.getString("edition"),
                rs.getString("event_name"), placeOf(place), on == null || on.isBlank() ? null : LocalDate.parse(on),
                rs.getString("team_or_individual"));
    }

    private static Integer placeOf(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(place.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
