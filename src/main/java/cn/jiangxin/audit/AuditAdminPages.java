package cn.jiangxin.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** System administrators read the audit log and verify its hash chain. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AuditAdminPages {

    private final AuditTrail trail;
    private final AuditVerifier verifier;

    AuditAdminPages(AuditTrail trail, AuditVerifier verifier) {
        this.trail = trail;
        this.verifier = verifier;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String objectType,
            @RequestParam(defaultValue = "") String objectId, Model model) {
        model.addAttribute("entries", trail.latest(actor, objectType, objectId, 200));
        model.addAttribute("actor", actor);
        model.addAttribute("objectType", objectType);
        model.addAttribute("objectId", objectId);
        return "audit/list";
    }

    @PostMapping("/verify")
    String verify(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("verification", verifier.verify());
        if (htmx == null) {
            return list("", "", "", model);
        }
        return "audit/list :: verification";
    }
}
