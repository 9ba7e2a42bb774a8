package cn.jiangxin.listimport;

import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The entries an import kept, for matching and for the modules that act on them; reads only. */
@Service
public class ImportedEntries {

    private final ImportedEntryStore store;

    ImportedEntries(ImportedEntryStore store) {
        this.store = store;
    }

    /** Hands each entry of a list (its accepted rows, in row order) to {@code sink}, streamed: memory stays flat. */
    @Transactional(readOnly = true)
    public void forEachOf(long listId, Consumer<ImportedEntry> sink) {
        store.forEachOf(listId, sink);
    }

    public Optional<ImportedEntry> entry(long entryId) {
        return store.entry(entryId);
    }

    public Optional<ImportedListSummary> list(long listId) {
        return store.summary(listId);
    }
}
