package cn.jiangxin.audit;

import java.io.IOException;
import java.util.Locale;

import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** System administrators read the audit log (paged, filtered, exported) and verify its hash chain. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AuditAdminPages {

    private final AuditListing listing;
    private final AuditVerifier verifier;

    AuditAdminPages(AuditListing listing, AuditVerifier verifier) {
        this.listing = listing;
        this.verifier = verifier;
    }

    @GetMapping("/admin/audit")
    String list(HttpServletRequest request, Model model) {
        return list(ListQuery.parse(AuditListing.SPEC, request.getParameterMap()), model);
    }

    @GetMapping("/admin/audit.xlsx")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(AuditListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "audit-log.xlsx");
        listing.export(query, locale, response.getOutputStream());
    }

    @PostMapping("/admin/audit/verify")
    String verify(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("verification", verifier.verify());
        if (htmx == null) {
            return list(ListQuery.first(AuditListing.SPEC), model);
        }
        return "audit/list :: verification";
    }

    private String list(ListQuery query, Model model) {
        model.addAttribute("listing", listing.page(query));
        model.addAttribute("actions", listing.actions());
        return "audit/list";
    }
}
