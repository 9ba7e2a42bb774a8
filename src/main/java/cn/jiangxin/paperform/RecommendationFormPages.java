package cn.jiangxin.paperform;

import java.io.IOException;

import cn.jiangxin.nomination.CasePage;
import cn.jiangxin.nomination.NominationView;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.evidence.NominationFiles;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.person.People;
import cn.jiangxin.unit.Units;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads the recommendation form of a case as a PDF, named by the case's number; it holds full numbers and the
 * photo, so every download is audited.
 */
@Controller
@PreAuthorize("hasAnyRole('UNIT_OFFICER','REVIEWER','APPROVER')")
class RecommendationFormPages {

    private final Nominations nominations;
    private final People people;
    private final Units units;
    private final CurrentUsers users;
    private final RecommendationFormPdf pdf;
    private final NominationFiles files;
    private final AuditTrail audit;

    RecommendationFormPages(Nominations nominations, People people, Units units, CurrentUsers users,
            RecommendationFormPdf pdf, NominationFiles files, AuditTrail audit) {
        this.nominations = nominations;
        this.people = people;
        this.units = units;
        this.users = users;
        this.pdf = pdf;
        this.files = files;
        this.audit = audit;
    }

    @GetMapping("/nominations/{id}/form.pdf")
    ResponseEntity<byte[]> form(@PathVariable long id) throws IOException {
        CurrentUser user = users.require();
        NominationView n = nominations.requireVisible(user, id);
        CasePage page = CasePage.of(n, people, units);
        byte[] body = pdf.render(page, files.photo(id));
        audit.recordIndependently(new cn.jiangxin.audit.AuditEvent(user.username(), "RECOMMENDATION_FORM_PRINTED",
                "nomination", String.valueOf(id), cn.jiangxin.audit.AuditEvent.Outcome.SUCCESS, page.maskedIdNumber()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("推荐表-" + page.number() + ".pdf", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
