package cn.jiangxin.certification;

import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An approver or system administrator revokes a certification or ends it early, with a reason. */
@Controller
@RequestMapping("/certifications/{id}/revocation")
@PreAuthorize("hasAnyRole('APPROVER','SYSTEM_ADMIN')")
class RevocationPages {

    private final Certifications certifications;
    private final CertificationRevocations revocations;
    private final CurrentUsers users;

    RevocationPages(Certifications certifications, CertificationRevocations revocations, CurrentUsers users) {
        this.certifications = certifications;
        this.revocations = revocations;
        this.users = users;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        Certification c = certifications.find(id).orElseThrow(() -> new NotFoundException("certification " + id));
        model.addAttribute("c", c);
        model.addAttribute("revocation", revocations.of(id).orElse(null));
        model.addAttribute("kinds", RevocationKind.values());
        return "certification/revoke";
    }

    @PostMapping
    String revoke(@PathVariable long id, @RequestParam(required = false) RevocationKind kind,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        revocations.revoke(users.require(), id, kind, reason);
        flash.addFlashAttribute("revoked", true);
        return "redirect:/certifications/" + id + "/revocation";
    }
}
