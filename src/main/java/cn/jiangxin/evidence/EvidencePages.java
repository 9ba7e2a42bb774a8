package cn.jiangxin.evidence;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Removal of evidence, stamped forms and the photo by the unit; download and preview by whoever may see the case,
 * and the photo shown in the page. Uploads go with the form (nomination's form page).
 */
@Controller
class EvidencePages {

    /** Who may read a case's files; {@link EvidenceUploads} then asks whether this user may see this case. */
    private static final String READERS = "hasAnyRole('UNIT_OFFICER','REVIEWER','APPROVER')";
    private static final String FILE = "/nominations/{id}/files/{fileId}";

    private final EvidenceUploads uploads;
    private final FilePreviews previews;
    private final CurrentUsers users;

    EvidencePages(EvidenceUploads uploads, FilePreviews previews, CurrentUsers users) {
        this.uploads = uploads;
        this.previews = previews;
        this.users = users;
    }

    @PostMapping("/nominations/{id}/files/{fileId}/delete")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String delete(@PathVariable long id, @PathVariable long fileId, RedirectAttributes flash) {
        flash.addFlashAttribute("deleted", uploads.delete(users.require(), id, fileId).displayName());
        return "redirect:/nominations/" + id + "/edit";
    }

    @GetMapping(FILE)
    @PreAuthorize(READERS)
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId) {
        return send(uploads.open(users.require(), id, fileId), ContentDisposition.attachment());
    }

    /** The case's photo, shown in the page (a JPEG or PNG that decoded on upload); 404 when it has none. */
    @GetMapping("/nominations/{id}/photo")
    @PreAuthorize(READERS)
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

    /** The preview below a file (htmx fragment): its pages as images, or that it cannot be previewed. */
    @GetMapping(FILE + "/preview")
    @PreAuthorize(READERS)
    String preview(@PathVariable long id, @PathVariable long fileId, Model model) {
        EvidenceUploads.Download d = uploads.openForPreview(users.require(), id, fileId, null);
        model.addAttribute("file", d.file());
        model.addAttribute("preview", previews.outline(d.file(), d.path()));
        return "evidence/preview :: pages";
    }

    /** One page of the preview, rendered and re-encoded here; kept by the user's browser only, for an hour. */
    @GetMapping(FILE + "/preview/{page}")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> previewPage(@PathVariable long id, @PathVariable long fileId, @PathVariable int page) {
        if (page < 1 || page > FilePreviews.SHOWN) {
            throw new NotFoundException("page " + page);
        }
        EvidenceUploads.Download d = uploads.openForPreview(users.require(), id, fileId, page);
        FilePreviews.Picture picture = previews.page(d.file(), d.path(), page)
                .orElseThrow(() -> new NotFoundException("no preview of page " + page));
        return ResponseEntity.ok()
                .contentType(picture.type())
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(picture.bytes());
    }
}
