package cn.jiangxin.listimport;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.jiangxin.platform.tabular.TabularReader;
import cn.jiangxin.platform.tabular.TabularSource;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts the data rows of an uploaded list once, on a background thread of this node, and keeps the count for the
 * progress bar ({@link Progress}). Asked again (a page of a list whose count is missing, e.g. after the counting node
 * stopped) it counts again; a list being counted on this node is not counted twice.
 */
@Component
class ImportRowCount {

    private static final Logger log = LoggerFactory.getLogger(ImportRowCount.class);

    private final ImportListingStore store;
    private final ImportFiles files;
    private final ListImportStore lists;
    private final Set<Long> counting = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "list-row-count");
        t.setDaemon(true);
        return t;
    });

    ImportRowCount(ImportListingStore store, ImportFiles files, ListImportStore lists) {
        this.store = store;
        this.files = files;
        this.lists = lists;
    }

    /** Starts counting the list's rows unless they are counted or being counted. */
    void ensure(ImportListingStore.ListRow list) {
        if (list.expected() != null || list.status() == ImportStatus.REFUSED || list.status() == ImportStatus.FAILED
                || !counting.add(list.id())) {
            return;
        }
        worker.execute(() -> {
            try {
                count(list.id()).ifPresent(n -> store.expect(list.id(), n));
            } catch (RuntimeException e) {
                log.info("rows of list {} not counted: {}", list.id(), e.getMessage());
            } finally {
                counting.remove(list.id());
            }
        });
    }

    private Optional<Long> count(long listId) {
        Optional<ImportedList> list = lists.find(listId);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        long n = 0;
        try (TabularSource source = TabularReader.open(files.pathOf(list.get().storedAs()), null, ImportRun.LIMITS)) {
            source.header();
            while (source.next().isPresent()) {
                n++;
            }
        }
        return Optional.of(n);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
