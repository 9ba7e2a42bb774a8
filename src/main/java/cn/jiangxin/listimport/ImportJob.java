package cn.jiangxin.listimport;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few seconds: takes one running list no node holds (just started, or left by a node killed mid-way once its
 * lease ran out) and imports it on this node's import thread, one list at a time. No ShedLock: the lease itself is the
 * lock (a conditional UPDATE that one node wins, renewed with every chunk), which, unlike a ShedLock lock held for a
 * fixed time, outlives a long import and is given up the moment its node dies and the lease runs out. The lease is
 * compared with each node's clock; nodes' clocks are to agree to well within the lease (NTP).
 *
 * <p>A run that throws something unexpected (a database error on a row, a bug) keeps its lease, so the list is tried
 * again once the lease has run out; after {@value #ATTEMPTS} such failures in a row at the same checkpoint it is not
 * tried again but FAILED with a reason staff can read (a failure after the run got further starts the count again).
 */
@Component
class ImportJob {

    private static final Logger log = LoggerFactory.getLogger(ImportJob.class);
    /** Unexpected failures at the same checkpoint after which a list is given up. */
    static final int ATTEMPTS = 3;

    private final ListImportStore store;
    private final ImportRun run;
    private final ImportListingStore failures;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "list-import");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();

    ImportJob(ListImportStore store, ImportRun run, ImportListingStore failures, Clock clock) {
        this.store = store;
        this.run = run;
        this.failures = failures;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${jiangxin.listimport.poll:PT5S}", initialDelayString = "PT5S")
    void poll() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        Instant now = clock.instant();
        for (long id : store.unclaimed(now)) {
            if (store.claim(id, node, now, now.plus(run.lease()))) {
                worker.execute(() -> {
                    try {
                        run.run(id, node);
                    } catch (RuntimeException e) {
                        failed(id, e);
                    } finally {
                        busy.set(false);
                    }
                });
                return;
            }
        }
        busy.set(false);
    }

    private void failed(long id, RuntimeException e) {
        var counted = failures.failedOnce(id, node);
        if (counted.isPresent() && counted.get().count() >= ATTEMPTS) {
            long row = Math.max(2, counted.get().checkpoint() + 1); // rows are numbered with the header as row 1
            failures.giveUp(id, node, "导入在第" + row + "行起的一批数据中连续" + ATTEMPTS + "次意外出错，已停止。"
                    + "请检查这一行的内容（例如过长的单位名称或其他异常内容），修正后重新上传；仍不行请联系系统管理员。",
                    clock.instant());
            log.error("import of list {} given up after {} failures at row {}", id, ATTEMPTS, row, e);
        } else {
            log.warn("import of list {} stopped; tried again when the lease runs out", id, e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
