package cn.jiangxin.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * An imported list whose entries are already matched, written straight into {@code import_list}, {@code import_entry},
 * {@code import_row} and {@code match_result} (tests may write SQL): for the modules that act on settled matches
 * (invitation) while the import's pages and matching's listener are built elsewhere. Replace it with the real import
 * and match once they write these rows themselves.
 */
public final class ImportedListFixture {

    private final JdbcClient jdbc;
    private final long listId;
    private final String source;
    private long rows;

    private ImportedListFixture(JdbcClient jdbc, long listId, String source) {
        this.jdbc = jdbc;
        this.listId = listId;
        this.source = source;
    }

    /** A new competition list of that source (made unique), done, with no rows yet. */
    public static ImportedListFixture competitionList(JdbcClient jdbc, String source) {
        String unique = source + " " + UUID.randomUUID().toString().substring(0, 8);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_list (source, kind, file_name, file_size, stored_as, format, status, uploaded_by,
                  uploaded_at, started_at, finished_at)
                VALUES (?, 'COMPETITION', ?, 1024, ?, 'xlsx', 'DONE', 1, ?, ?, ?)""")
                .params(unique, "成绩名单.xlsx", UUID.randomUUID().toString(), DbTime.toDb(Instant.now()),
                        DbTime.toDb(Instant.now()), DbTime.toDb(Instant.now()))
                .update(keys, "id");
        return new ImportedListFixture(jdbc, keys.getKey().longValue(), unique);
    }

    public long listId() {
        return listId;
    }

    public String source() {
        return source;
    }

    /** An entry of a registered person, matched with certainty by ID number; answers the entry. */
    public long settled(long personId, String name, String unitName, String competition, String event, Integer place,
            LocalDate achievedOn) {
        long entry = entry(name, unitName, competition, event, place, achievedOn);
        match(entry, "MATCHED", personId, "ID_NUMBER", "AUTO");
        return entry;
    }

    /** An entry matched to nobody; answers the entry. */
    public long unmatched(String name, String unitName, String competition, Integer place, LocalDate achievedOn) {
        long entry = entry(name, unitName, competition, "焊接", place, achievedOn);
        match(entry, "NO_MATCH", null, "NONE", "NONE");
        return entry;
    }

    private long entry(String name, String unitName, String competition, String event, Integer place,
            LocalDate achievedOn) {
        long rowNo = ++rows + 1;
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_entry (source, key_index, list_id, row_no, name, unit_name, place, event_name,
                  competition, edition, achieved_on, team_or_individual)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, '个人')""")
                .params(source, UUID.randomUUID().toString().replace("-", ""), listId, rowNo, name, unitName,
                        place == null ? null : place.toString(), event, competition,
                        achievedOn == null ? null : achievedOn.toString())
                .update(keys, "id");
        long entry = keys.getKey().longValue();
        jdbc.sql("INSERT INTO import_row (list_id, row_no, outcome, entry_id) VALUES (?, ?, 'NEW', ?)")
                .params(listId, rowNo, entry).update();
        jdbc.sql("UPDATE import_list SET rows_read = rows_read + 1, rows_accepted = rows_accepted + 1 WHERE id = ?")
                .param(listId).update();
        return entry;
    }

    private void match(long entry, String outcome, Long personId, String method, String decision) {
        jdbc.sql("""
                INSERT INTO match_result (entry_id, list_id, outcome, person_id, method, confidence, reasons, decision,
                  matched_at) VALUES (?, ?, ?, ?, ?, 1.000, '身份证号一致', ?, ?)""")
                .params(entry, listId, outcome, personId, method, decision, DbTime.toDb(Instant.now())).update();
    }
}
