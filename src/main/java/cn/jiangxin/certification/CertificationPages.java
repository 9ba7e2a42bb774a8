package cn.jiangxin.certification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The certified talents for Bureau staff, a talent's own certification, and certificate downloads (audited). */
@Controller
class CertificationPages {

    private final Certifications certifications;
    private final CertificationListing listing;
    private final CertificatePdf pdf;
    private final VerifyAddress verifyAddress;
    private final CurrentUsers users;
    private final AuditTrail audit;

    CertificationPages(Certifications certifications, CertificationListing listing, CertificatePdf pdf, VerifyAddress verifyAddress,
            CurrentUsers users, AuditTrail audit) {
        this.certifications = certifications;
        this.listing = listing;
        this.pdf = pdf;
        this.verifyAddress = verifyAddress;
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/certifications")
    @PreAuthorize("hasAnyRole('REVIEWER','APPROVER','FINANCE','POLICY_ADMIN')")
    String list(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.parse(CertificationListing.SPEC, request.getParameterMap());
        model.addAttribute("listing", listing.page(users.require(), query));
        model.addAttribute("today", listing.today());
        return "certification/list";
    }

    /** Exactly the filtered certifications of the list, every page; the same people may export as may list. */
    @GetMapping("/certifications.xlsx")
    @PreAuthorize("hasAnyRole('REVIEWER','APPROVER','FINANCE','POLICY_ADMIN')")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(CertificationListing.SPEC, request.getParameterMap());
        CurrentUser user = users.require();
        CertificationListing.requireBureau(user);
        ExcelTable.attach(response, "certifications.xlsx");
        listing.export(user, query, locale, response.getOutputStream());
    }

    @GetMapping("/my/certification")
    @PreAuthorize("hasRole('TALENT')")
    String mine(Model model) {
        CurrentUser user = users.require();
        model.addAttribute("certifications", user.person().map(certifications::ofPerson).orElse(java.util.List.of()));
        model.addAttribute("linked", user.person().isPresent());
        model.addAttribute("today", certifications.today());
        return "certification/mine";
    }

    @GetMapping("/certifications/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id) throws IOException {
        CurrentUser user = users.require();
        Certification c;
        try {
            c = certifications.requireVisible(user, id);
        } catch (NotFoundException e) {
            audit.recordIndependently(new AuditEvent(user.username(), "CERTIFICATE_DOWNLOADED", "certification",
                    String.valueOf(id), AuditEvent.Outcome.DENIED, ""));
            throw e;
        }
        byte[] body = pdf.render(c, verifyAddress.of(c));
        audit.recordIndependently(new AuditEvent(user.username(), "CERTIFICATE_DOWNLOADED", "certification",
                String.valueOf(id), AuditEvent.Outcome.SUCCESS, c.certificateNo()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("证书-" + c.certificateNo() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
