package cn.jiangxin.listimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.tabular.ColumnMapping;
import cn.jiangxin.platform.tabular.ImportField;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Policy staff's pages of imported lists: the lists (paged, sorted, filtered, Excel), the upload (a hostile or
 * unreadable file refused with the kit's words, nothing kept; the demo sample list to download), a list's page (the
 * column mapping to confirm, the start, the progress refreshed by htmx until done, and once done the links to its
 * match results and candidates), its rejected rows (paged, and as Excel with the reasons, audited) and its corrections.
 */
@Controller
class ImportPages {

    private static final String STAFF = "hasAnyRole('POLICY_ADMIN','SYSTEM_ADMIN')";

    private final ListImports imports;
    private final ImportListing listing;
    private final ImportRowCount rowCount;
    private final CurrentUsers users;
    private final Clock clock;

    ImportPages(ListImports imports, ImportListing listing, ImportRowCount rowCount, CurrentUsers users, Clock clock) {
        this.imports = imports;
        this.listing = listing;
        this.rowCount = rowCount;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/imports")
    @PreAuthorize(STAFF)
    String list(HttpServletRequest request, Model model) {
        var page = listing.page(ListQuery.parse(ImportListing.SPEC, request.getParameterMap()));
        model.addAttribute("listing", page);
        model.addAttribute("uploaders", listing.uploaders(page.rows()));
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("statuses", ImportStatus.values());
        return "imports/list";
    }

    @GetMapping("/imports.xlsx")
    @PreAuthorize(STAFF)
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(ImportListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "imported-lists.xlsx");
        listing.export(query, locale, response.getOutputStream());
    }

    @GetMapping("/imports/new")
    @PreAuthorize(STAFF)
    String form(Model model) {
        model.addAttribute("kinds", ImportKind.values());
        return "imports/new";
    }

    /** The demo's sample competition list (示例名单), to try the import with. */
    @GetMapping("/imports/sample.xlsx")
    @PreAuthorize(STAFF)
    void sample(HttpServletResponse response) throws IOException {
        ExcelTable.attach(response, "sample-competition-list.xlsx");
        response.getOutputStream().write(SampleCompetitionList.bytes());
    }

    @PostMapping("/imports")
    @PreAuthorize(STAFF)
    String upload(@RequestParam(defaultValue = "") String source, @RequestParam(required = false) ImportKind kind,
            @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        long id;
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            id = imports.upload(source, kind, file == null ? "" : file.getOriginalFilename(), in,
                    users.require().accountId());
        }
        rowCount.ensure(listing.list(id));
        return "redirect:/imports/" + id;
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize(STAFF)
    String list(@PathVariable long id, Model model) {
        ImportListingStore.ListRow list = listing.list(id);
        rowCount.ensure(list);
        model.addAttribute("list", list);
        model.addAttribute("uploader", listing.uploaders(List.of(list)).get(list.uploadedBy()));
        model.addAttribute("progress", Progress.of(list, clock.instant()));
        if (list.status() == ImportStatus.UPLOADED || list.status() == ImportStatus.MAPPED) {
            ListImports.MappingOffer offer = imports.offer(id);
            List<ImportField> chosen = new ArrayList<>();
            for (int i = 0; i < offer.header().size(); i++) {
                int column = i;
                chosen.add(offer.mapping().columns().stream().filter(c -> c.index() == column && c.field() != null)
                        .map(ColumnMapping.Column::field).findFirst().orElse(null));
            }
            model.addAttribute("offer", offer);
            model.addAttribute("chosen", chosen);
            model.addAttribute("fields", ImportField.values());
        }
        return "imports/list-page";
    }

    /** The progress panel alone, which the list's page asks for every 2 s while the import runs. */
    @GetMapping("/imports/{id}/progress")
    @PreAuthorize(STAFF)
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        ImportListingStore.ListRow list = listing.list(id);
        rowCount.ensure(list);
        if (list.status() != ImportStatus.RUNNING) {
            // the import ended while the page watched: the whole page again, with the links a done list has
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("list", list);
        model.addAttribute("progress", Progress.of(list, clock.instant()));
        return "imports/list-page :: progress";
    }

    @PostMapping("/imports/{id}/mapping")
    @PreAuthorize(STAFF)
    String confirm(@PathVariable long id, @RequestParam(name = "field", required = false) List<String> fields) {
        List<String> header = imports.offer(id).header();
        List<ColumnMapping.Column> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String f = fields == null || i >= fields.size() ? "" : fields.get(i);
            ImportField field = f.isEmpty() ? null : parse(f);
            if (field != null) {
                columns.add(new ColumnMapping.Column(i, header.get(i), field, 1.0, false));
            }
        }
        imports.confirmMapping(id, new ColumnMapping(columns));
        return "redirect:/imports/" + id + "#start";
    }

    private static ImportField parse(String f) {
        try {
            return ImportField.valueOf(f);
        } catch (IllegalArgumentException e) {
            throw new cn.jiangxin.platform.RuleViolationException("mapping", "所选的对应项无法识别，请重新选择");
        }
    }

    @PostMapping("/imports/{id}/start")
    @PreAuthorize(STAFF)
    String start(@PathVariable long id) {
        imports.start(id);
        return "redirect:/imports/" + id + "#progress";
    }

    @GetMapping("/imports/{id}/rejected")
    @PreAuthorize(STAFF)
    String rejected(@PathVariable long id, HttpServletRequest request, Model model) {
        ImportListingStore.ListRow list = listing.list(id);
        model.addAttribute("list", list);
        model.addAttribute("listing", listing.rejected(id,
                ListQuery.parse(ImportListing.rejectedSpec(id), request.getParameterMap())));
        model.addAttribute("header", imports.offer(id).header());
        return "imports/rejected";
    }

    @GetMapping("/imports/{id}/rejected.xlsx")
    @PreAuthorize(STAFF)
    void rejectedExcel(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ImportListingStore.ListRow list = listing.list(id);
        List<String> header = imports.offer(id).header();
        listing.rejectedDownloaded(list);
        ExcelTable.attach(response, "list-" + id + "-rejected.xlsx");
        listing.exportRejected(list, header, locale, response.getOutputStream());
    }

    @GetMapping("/imports/{id}/corrections")
    @PreAuthorize(STAFF)
    String corrections(@PathVariable long id, Model model) {
        model.addAttribute("list", listing.list(id));
        model.addAttribute("corrections", listing.corrections(id));
        return "imports/corrections";
    }
}
