package cn.jiangxin.listimport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.tabular.CompetitionRowValidation;
import cn.jiangxin.platform.tabular.RowOutcome;
import cn.jiangxin.platform.tabular.TabularLimits;
import cn.jiangxin.platform.tabular.TabularReader;
import cn.jiangxin.platform.tabular.TabularRefused;
import cn.jiangxin.platform.tabular.TabularRow;
import cn.jiangxin.platform.tabular.TabularSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a list a node has claimed: reads the stored file from the start, skips the rows up to the checkpoint, judges
 * each row and writes them in chunks. Each chunk's transaction first moves the checkpoint (only if this node still
 * holds the lease and the checkpoint is where this node left it), then writes the chunk's rows; so a node killed at any
 * moment leaves either the whole chunk with its checkpoint or neither, and a node that lost its lease writes nothing.
 * UNIQUE (list_id, row_no) guards the rows a second time.
 */
@Component
class ImportRun {

    static final TabularLimits LIMITS = TabularLimits.defaults();
    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private final ListImportStore store;
    private final ImportFiles files;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration lease;
    private final int chunkSize;
    /** Test hook: told the checkpoint after each chunk is committed (a test may throw from it to play a crash). */
    volatile LongConsumer afterChunk = checkpoint -> { };

    ImportRun(ListImportStore store, ImportFiles files, TransactionTemplate tx, Clock clock,
            ApplicationEventPublisher events,
            @Value("${jiangxin.listimport.lease:PT2M}") Duration lease,
            @Value("${jiangxin.listimport.chunk:1000}") int chunkSize) {
        this.store = store;
        this.files = files;
        this.tx = tx;
        this.clock = clock;
        this.events = events;
        this.lease = lease;
        this.chunkSize = chunkSize;
    }

    Duration lease() {
        return lease;
    }

    /** Runs the import of a list {@code node} has claimed, to its end or until the node loses its lease. */
    void run(long listId, String node) {
        Optional<ImportedList> found = store.find(listId);
        if (found.isEmpty() || found.get().status() != ImportStatus.RUNNING || !node.equals(found.get().claimedBy())) {
            return;
        }
        ImportedList list = found.get();
        CompetitionRowValidation validation = new CompetitionRowValidation(store.mapping(list.source()),
                LocalDate.ofInstant(clock.instant(), BeijingTime.ZONE));
        long checkpoint = list.checkpointRow();
        try (ChunkReader reader = new ChunkReader(list, validation, checkpoint)) {
            ListImportStore.SealedChunk chunk;
            while ((chunk = reader.next()) != null) {
                checkpoint = write(list, node, checkpoint, chunk);
            }
            finish(list, node);
        } catch (LeaseLost e) {
            log.info("import of list {} left to another node (lease lost at row {})", listId, checkpoint);
        } catch (TabularRefused e) {
            store.fail(listId, node, e.getMessage(), clock.instant());
        }
    }

    /**
     * Reads and judges the rows after the checkpoint on a thread of its own, a chunk ahead of the chunk being written
     * (so the file is read while the database writes): at most one chunk waits, memory stays flat. Closing it stops
     * the reading.
     */
    private final class ChunkReader implements AutoCloseable {

        private static final Object END = new Object();

        private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(1);
        private final Thread thread;
        private volatile boolean closed;

        ChunkReader(ImportedList list, CompetitionRowValidation validation, long checkpoint) {
            thread = new Thread(() -> read(list, validation, checkpoint), "import-read-" + list.id());
            thread.setDaemon(true);
            thread.start();
        }

        private void read(ImportedList list, CompetitionRowValidation validation, long checkpoint) {
            Object last = END;
            try (TabularSource source = TabularReader.open(files.pathOf(list.storedAs()), null, LIMITS)) {
                source.header();
                List<RowOutcome> chunk = new ArrayList<>(chunkSize);
                Optional<TabularRow> next;
                while (!closed && (next = source.next()).isPresent()) {
                    TabularRow row = next.get();
                    if (row.number() <= checkpoint) {
                        continue;
                    }
                    chunk.add(validation.judge(row));
                    if (chunk.size() == chunkSize) {
                        ready.put(store.seal(chunk));
                        chunk = new ArrayList<>(chunkSize);
                    }
                }
                if (!chunk.isEmpty()) {
                    ready.put(store.seal(chunk));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | Error e) {
                last = e;
            }
            try {
                if (!closed) {
                    ready.put(last);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The next chunk, sealed; null at the end; what stopped the reading is thrown here. */
        ListImportStore.SealedChunk next() {
            Object next;
            try {
                next = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            }
            if (next instanceof RuntimeException e) {
                throw e;
            }
            if (next instanceof Error e) {
                throw e;
            }
            return next == END ? null : (ListImportStore.SealedChunk) next;
        }

        @Override
        public void close() {
            closed = true;
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Marks the list done and, in the same transaction, tells the modules that act on its entries. */
    private void finish(ImportedList list, String node) {
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            if (store.finish(list.id(), node, now)) {
                events.publishEvent(new ListImported(list.id(), list.source(), list.kind(), now));
            }
        });
    }

    private long write(ImportedList list, String node, long from, ListImportStore.SealedChunk sealed) {
        List<RowOutcome> chunk = sealed.rows();
        long to = chunk.get(chunk.size() - 1).rowNumber();
        Boolean written = tx.execute(status -> {
            long accepted = chunk.stream().filter(RowOutcome.Accepted.class::isInstance).count();
            ListImportStore.ChunkCounts counts = new ListImportStore.ChunkCounts(chunk.size(), accepted,
                    chunk.size() - accepted);
            Instant until = clock.instant().plus(lease);
            if (!store.advance(list.id(), node, from, to, counts, until)) {
                return false;
            }
            long corrected = store.writeChunk(list.id(), list.source(), sealed);
            store.addCorrected(list.id(), corrected);
            return true;
        });
        if (!Boolean.TRUE.equals(written)) {
            throw new LeaseLost();
        }
        afterChunk.accept(to);
        return to;
    }

    /** This node no longer holds the list: another took it over after the lease ran out. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super(null, null, false, false);
        }
    }
}
