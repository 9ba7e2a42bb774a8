package cn.jiangxin.testsupport;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.listimport.DoneLists;
import cn.jiangxin.listimport.ImportKind;
import cn.jiangxin.person.MobileNumber;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonDraft;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.person.Sex;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A competition list written as a UTF-8 CSV, row by row, then imported to its end through the list import module
 * ({@link DoneLists}: uploaded, the guessed mapping confirmed, run by the import job) and matched by the matching
 * module's listener of {@code ListImported}: for the tests of the modules that act on an imported, matched list. The
 * waits are for the asynchronous listeners' event publications to be completed, never for a time.
 */
public final class ImportedLists {

    /** The header row the column mapping recognises. */
    public static final String HEADER = "姓名,身份证号,工作单位,竞赛名称,届次,赛项,名次,获奖时间\n";

    private final ApplicationContext context;
    private final String source;
    private final ImportKind kind;
    private final StringBuilder rows;

    private ImportedLists(ApplicationContext context, String source, ImportKind kind, String header) {
        this.context = context;
        this.source = source;
        this.kind = kind;
        this.rows = new StringBuilder(header);
    }

    /** A new list of that source (made unique), with no rows yet. */
    public static ImportedLists competition(ApplicationContext context, String source) {
        return new ImportedLists(context, source + " " + UUID.randomUUID().toString().substring(0, 8),
                ImportKind.COMPETITION, HEADER);
    }

    /**
     * A new list of that kind and source (made unique) with its own header row (a line the column mapping recognises,
     * e.g. 姓名,身份证号,工作单位,荣誉称号,获得时间), its rows given by {@link #line}.
     */
    public static ImportedLists of(ApplicationContext context, ImportKind kind, String source, String header) {
        return new ImportedLists(context, source + " " + UUID.randomUUID().toString().substring(0, 8), kind,
                header + "\n");
    }

    /** A row of cells in the header's order (no cell holds a comma). */
    public ImportedLists line(String... cells) {
        rows.append(String.join(",", cells)).append('\n');
        return this;
    }

    /** A person registered in {@code unitId} with a new ID number, born within {@code spanDays} of {@code bornFrom}. */
    public static Listed person(People people, CurrentUser by, long unitId, String name, Sex sex, LocalDate bornFrom,
            int spanDays) {
        String id = TestPeople.unusedIdNumber(people, bornFrom, spanDays, sex);
        long person = people.register(by, new PersonDraft(name, ResidentIdNumber.parse(id, LocalDate.MAX),
                MobileNumber.parse(IdNumbers.mobile()), unitId));
        return new Listed(person, name, id);
    }

    /** A registered person and the ID number a list gives for them. */
    public record Listed(long id, String name, String idNumber) {
    }

    /** A row of a registered person, which matching matches by the ID number. */
    public ImportedLists row(Listed person, String unit, String competition, String event, Integer place,
            LocalDate achievedOn) {
        return row(person.name(), person.idNumber(), unit, competition, event, place, achievedOn);
    }

    /** A row as a list gives it ({@code idNumber} empty when the list has none; no value holds a comma). */
    public ImportedLists row(String name, String idNumber, String unit, String competition, String event,
            Integer place, LocalDate achievedOn) {
        rows.append(String.join(",", name, idNumber, unit, competition, "", event,
                place == null ? "" : place.toString(), achievedOn == null ? "" : achievedOn.toString())).append('\n');
        return this;
    }

    /** Imports the list as uploaded by that account and waits until matching and the candidates' evaluation ran. */
    public Imported importedBy(long accountId) {
        long listId = DoneLists.importCsv(context, source, kind, rows.toString(), accountId);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        awaitCompleted(jdbc, "ListImported", "ListMatching", listId);
        awaitCompleted(jdbc, "ListMatched", "invitation", listId);
        return new Imported(jdbc, listId, source);
    }

    /**
     * Waits until the publication of the list's event (its type's simple name) to the listener (a word of its id) is
     * complete.
     */
    public static void awaitCompleted(JdbcClient jdbc, String event, String listener, long listId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            long done = jdbc.sql("""
                    SELECT COUNT(*) FROM event_publication WHERE event_type LIKE :event
                        AND listener_id LIKE :listener AND completion_date IS NOT NULL
                        AND serialized_event LIKE :list""")
                    .param("event", "%." + event).param("listener", "%" + listener + "%")
                    .param("list", "%\"listId\":" + listId + ",%").query(Long.class).single();
            if (done > 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(event + " of list " + listId + " not handled by " + listener);
    }

    /** An imported, matched list. */
    public record Imported(JdbcClient jdbc, long listId, String source) {

        /** The entry of the list's row of that name. */
        public long entry(String name) {
            return jdbc.sql("SELECT id FROM import_entry WHERE list_id = ? AND name = ?").params(listId, name)
                    .query(Long.class).single();
        }
    }
}
