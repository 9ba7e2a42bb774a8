package cn.jiangxin.listimport;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.tabular.ColumnMapping;
import cn.jiangxin.platform.tabular.TabularLimits;
import cn.jiangxin.platform.tabular.TabularReader;
import cn.jiangxin.platform.tabular.TabularRefused;
import cn.jiangxin.platform.tabular.TabularSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's steps with a list: upload (the file is opened under the kit's limits at once; a hostile or unreadable file
 * is refused with the kit's words and nothing is kept), confirm the column mapping (kept for the source and offered
 * again for its next list), and start the background import ({@link ImportJob} picks it up).
 */
@Service
class ListImports {

    private final ListImportStore store;
    private final ImportFiles files;
    private final TabularLimits limits;
    private final Clock clock;

    ListImports(ListImportStore store, ImportFiles files, Clock clock) {
        this.store = store;
        this.files = files;
        this.limits = ImportRun.LIMITS;
        this.clock = clock;
    }

    /** Stores an uploaded list and gives its id; refuses a file the kit will not read, keeping nothing. */
    @Transactional
    long upload(String source, ImportKind kind, String fileName, InputStream content, long uploadedBy) {
        String cleanSource = source == null ? "" : source.strip();
        if (cleanSource.isEmpty() || cleanSource.length() > 200) {
            throw new RuleViolationException("source", "请填写名单来源（不超过200字），例如“第47届世界技能大赛 成绩”");
        }
        String storedAs = files.write(content);
        String format;
        try (TabularSource source1 = TabularReader.open(files.pathOf(storedAs), null, limits)) {
            if (source1.header().isEmpty()) {
                throw new TabularRefused("文件没有表头");
            }
            format = source1.description();
        } catch (TabularRefused e) {
            files.delete(storedAs);
            throw new RuleViolationException("file", e.getMessage());
        } catch (RuntimeException e) {
            files.delete(storedAs);
            throw e;
        }
        long size = fileSize(storedAs);
        return store.createList(cleanSource, kind, fileName == null ? "" : fileName, size, storedAs, format,
                uploadedBy, clock.instant());
    }

    ImportedList list(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("import list " + id));
    }

    /** The list's header and the mapping to offer: the one kept for its source, else the guess from the headers. */
    MappingOffer offer(long id) {
        ImportedList list = list(id);
        List<String> header;
        try (TabularSource source = TabularReader.open(files.pathOf(list.storedAs()), null, limits)) {
            header = source.header();
        }
        ColumnMapping kept = store.mapping(list.source());
        return new MappingOffer(header, kept.columns().isEmpty() ? ColumnMapping.guess(header) : kept,
                !kept.columns().isEmpty());
    }

    /** The headers of a list with the mapping offered for them; {@code kept} when it is the source's saved one. */
    record MappingOffer(List<String> header, ColumnMapping mapping, boolean kept) {
    }

    /** Keeps the mapping staff confirmed for the list's source. */
    @Transactional
    void confirmMapping(long id, ColumnMapping mapping) {
        ImportedList list = list(id);
        if (!mapping.has(cn.jiangxin.platform.tabular.ImportField.NAME)) {
            throw new RuleViolationException("mapping", "请指定“姓名”所在的列");
        }
        if (!store.saveMapping(id, list.source(), mapping)) {
            throw new RuleViolationException("mapping", "导入已开始，不能再修改列对应关系");
        }
    }

    /** Starts the import in the background. */
    @Transactional
    void start(long id) {
        list(id);
        if (!store.start(id, clock.instant())) {
            throw new RuleViolationException("请先确认列对应关系；已开始的导入不能重复开始");
        }
    }

    private long fileSize(String storedAs) {
        try {
            return java.nio.file.Files.size(files.pathOf(storedAs));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
