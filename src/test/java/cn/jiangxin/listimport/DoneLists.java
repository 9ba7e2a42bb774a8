package cn.jiangxin.listimport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.context.ApplicationContext;

/**
 * Lists imported to their end through this module's own service and background job, as staff would (upload, the
 * guessed column mapping confirmed, started, run by the job): for the tests of the modules that act on a done list.
 * The import publishes {@link ListImported} as it does in production.
 */
public final class DoneLists {

    private DoneLists() {
    }

    /**
     * Imports a UTF-8 CSV (a header row the mapping recognises, then the rows) as a competition list of
     * {@code source}, uploaded by {@code uploadedBy}; answers the list's id once its import is done.
     */
    public static long importCsv(ApplicationContext context, String source, String csv, long uploadedBy) {
        return importCsv(context, source, ImportKind.COMPETITION, csv, uploadedBy);
    }

    /** As {@link #importCsv(ApplicationContext, String, String, long)}, as a list of that kind. */
    public static long importCsv(ApplicationContext context, String source, ImportKind kind, String csv,
            long uploadedBy) {
        ListImports imports = context.getBean(ListImports.class);
        ImportJob job = context.getBean(ImportJob.class);
        long id = imports.upload(source, kind, "名单.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), uploadedBy);
        imports.confirmMapping(id, imports.offer(id).mapping());
        imports.start(id);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ImportStatus status = imports.list(id).status();
            if (status == ImportStatus.DONE) {
                return id;
            }
            if (status == ImportStatus.FAILED || status == ImportStatus.REFUSED) {
                throw new AssertionError("import of " + source + " ended " + status + ": " + imports.list(id).refusal());
            }
            job.poll();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import of " + source + " not done: " + imports.list(id));
    }
}
