package cn.jiangxin.evidence;

import java.nio.charset.StandardCharsets;

import cn.jiangxin.identity.CurrentUsers;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Removal of evidence, stamped forms and the photo by the unit; download by whoever may see the case, and the photo
 * shown in the page. Uploads go with the form (nomination's form page).
 */
@Controller
class EvidencePages {

    private final EvidenceUploads uploads;
    private final CurrentUsers users;

    EvidencePages(EvidenceUploads uploads, CurrentUsers users) {
        this.uploads = uploads;
        this.users = users;
    }

    @PostMapping("/nominations/{id}/files/{fileId}/delete")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String delete(@PathVariable long id, @PathVariable long fileId, RedirectAttributes flash) {
        flash.addFlashAttribute("deleted", uploads.delete(users.require(), id, fileId).displayName());
        return "redirect:/nominations/" + id + "/edit";
    }

    @GetMapping("/nominations/{id}/files/{fileId}")
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','REVIEWER','APPROVER')")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId) {
        return send(uploads.open(users.require(), id, fileId), ContentDisposition.attachment());
    }

    /** The case's photo, shown in the page (a JPEG or PNG that decoded on upload); 404 when it has none. */
    @GetMapping("/nominations/{id}/photo")
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','REVIEWER','APPROVER')")
    ResponseEntity<Resource> photo(@PathVariable long id) {
        return send(uploads.openPhoto(users.require(), id), ContentDisposition.inline());
    }

    private static ResponseEntity<Resource> send(EvidenceUploads.Download d, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.file().contentType()))
                .contentLength(d.file().sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition
                        .filename(d.file().displayName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(d.path()));
    }
}
