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
 */
@Component
class ImportJob {

    private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

    private final ListImportStore store;
    private final ImportRun run;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "list-import");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();

    ImportJob(ListImportStore store, ImportRun run, Clock clock) {
        this.store = store;
        this.run = run;
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
                        log.warn("import of list {} stopped; another node resumes it when the lease runs out", id, e);
                    } finally {
                        busy.set(false);
                    }
                });
                return;
            }
        }
        busy.set(false);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
