package cn.jiangxin.certification;

import java.util.concurrent.TimeUnit;

import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.BeijingTime;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators upload, replace and remove the Bureau's seal printed on certificates. */
@Controller
@RequestMapping("/admin/certificate-seal")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CertificateSealPages {

    private final CertificateSeals seals;
    private final AccountDirectory accounts;
    private final CurrentUsers users;

    CertificateSealPages(CertificateSeals seals, AccountDirectory accounts, CurrentUsers users) {
        this.seals = seals;
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping
    String page(Model model) {
        seals.current().ifPresent(seal -> {
            model.addAttribute("seal", seal);
            model.addAttribute("uploadedBy", accounts.ofAccount(seal.uploadedBy())
                    .map(AccountDirectory.Contact::displayName).orElse(""));
            model.addAttribute("uploadedAt", BeijingTime.dateTime(seal.uploadedAt()));
        });
        model.addAttribute("maxMegabytes", CertificateSeals.MAX_BYTES / 1024 / 1024);
        return "certification/seal";
    }

    /** The stored seal as the certificate uses it; the administrator's browser may keep it a minute. */
    @GetMapping("/image.png")
    ResponseEntity<byte[]> image() {
        return seals.current()
                .map(seal -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(1, TimeUnit.MINUTES).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(seal.png()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) {
        seals.replace(users.require(), file);
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/certificate-seal";
    }

    @PostMapping("/remove")
    String remove(RedirectAttributes flash) {
        flash.addFlashAttribute("removed", seals.remove(users.require()));
        return "redirect:/admin/certificate-seal";
    }
}
