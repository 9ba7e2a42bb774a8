package cn.jiangxin.listimport;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import cn.jiangxin.audit.AuditTrail;
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
public class ListImports {

    private final ListImportStore store;
    private final ImportFiles files;
    private final TabularLimits limits;
    private final Clock clock;
    private final AuditTrail audit;
    private final ImportListingStore listing;

    ListImports(ListImportStore store, ImportFiles files, Clock clock, AuditTrail audit, ImportListingStore listing) {
        this.listing = listing;
        this.store = store;
        this.files = files;
        this.limits = ImportRun.LIMITS;
        this.clock = clock;
        this.audit = audit;
    }

    /** Stores an uploaded list and gives its id; refuses a file the kit will not read, keeping nothing. */
    @Transactional
    public long upload(String source, ImportKind kind, String fileName, InputStream content, long uploadedBy) {
        String cleanSource = source == null ? "" : source.strip();
        if (cleanSource.isEmpty() || cleanSource.length() > 200) {
            throw new RuleViolationException("source", "请填写名单来源（不超过200字），例如“第47届世界技能大赛 成绩”");
        }
        if (kind == null) {
            throw new RuleViolationException("kind", "请选择名单类别");
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
        long id = store.createList(cleanSource, kind, fileName == null ? "" : fileName, size, storedAs, format,
                uploadedBy, clock.instant());
        audit.recordChange("IMPORT_LIST_UPLOADED", "import_list", id, cleanSource + " / " + fileName + " (" + format
                + ")");
        return id;
    }

    /** Whether a list of this source was ever uploaded (the demo imports its sample once). */
    public boolean anyFrom(String source) {
        return listing.anyFrom(source);
    }

    ImportedList list(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("import list " + id));
    }

    /** The list's header and the mapping to offer: the one kept for its source, else the guess from the headers. */
    public MappingOffer offer(long id) {
        ImportedList list = list(id);
        List<String> header;
        try (TabularSource source = TabularReader.open(files.pathOf(list.storedAs()), null, limits)) {
            header = source.header();
        }
        return offerFor(header, store.mapping(list.source()));
    }

    /**
     * The kept mapping laid on this file's headers by their text (a later list of the source may add, drop or move
     * columns); headers it does not name get the guess for the fields it left free. Only the guess without a kept one.
     */
    static MappingOffer offerFor(List<String> header, ColumnMapping kept) {
        ColumnMapping guess = ColumnMapping.guess(header);
        if (kept.columns().isEmpty()) {
            return new MappingOffer(header, guess, false);
        }
        List<ColumnMapping.Column> columns = new java.util.ArrayList<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        java.util.Set<cn.jiangxin.platform.tabular.ImportField> used = java.util.EnumSet.noneOf(
                cn.jiangxin.platform.tabular.ImportField.class);
        for (ColumnMapping.Column c : kept.columns()) {
            int at = header.indexOf(c.header());
            if (at >= 0 && taken.add(at) && used.add(c.field())) {
                columns.add(new ColumnMapping.Column(at, header.get(at), c.field(), 1.0, false));
            }
        }
        if (columns.isEmpty()) {
            return new MappingOffer(header, guess, false);
        }
        for (ColumnMapping.Column c : guess.columns()) {
            if (!taken.contains(c.index()) && used.add(c.field())) {
                columns.add(c);
            }
        }
        columns.sort(java.util.Comparator.comparingInt(ColumnMapping.Column::index));
        return new MappingOffer(header, new ColumnMapping(columns), true);
    }

    /** The headers of a list with the mapping offered for them; {@code kept} when it is the source's saved one. */
    public record MappingOffer(List<String> header, ColumnMapping mapping, boolean kept) {
    }

    /** Keeps the mapping staff confirmed for the list's source. */
    @Transactional
    public void confirmMapping(long id, ColumnMapping mapping) {
        ImportedList list = list(id);
        if (!mapping.has(cn.jiangxin.platform.tabular.ImportField.NAME)) {
            throw new RuleViolationException("mapping", "请指定“姓名”所在的列");
        }
        java.util.Set<cn.jiangxin.platform.tabular.ImportField> seen = java.util.EnumSet.noneOf(
                cn.jiangxin.platform.tabular.ImportField.class);
        for (ColumnMapping.Column c : mapping.columns()) {
            if (c.field() != null && !seen.add(c.field())) {
                throw new RuleViolationException("mapping", "“" + c.field().headers().get(0)
                        + "”对应了不止一列，请每项只选一列");
            }
        }
        if (!store.saveMapping(id, list.source(), mapping)) {
            throw new RuleViolationException("mapping", "导入已开始，不能再修改列对应关系");
        }
        audit.recordChange("IMPORT_MAPPING_CONFIRMED", "import_list", id, mapping.columns().stream()
                .filter(c -> c.field() != null).map(c -> c.header() + "→" + c.field().headers().get(0))
                .collect(java.util.stream.Collectors.joining("，")));
    }

    /** Starts the import in the background. */
    @Transactional
    public void start(long id) {
        list(id);
        if (!store.start(id, clock.instant())) {
            throw new RuleViolationException("请先确认列对应关系；已开始的导入不能重复开始");
        }
        audit.recordChange("IMPORT_STARTED", "import_list", id, "");
    }

    private long fileSize(String storedAs) {
        try {
            return java.nio.file.Files.size(files.pathOf(storedAs));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
