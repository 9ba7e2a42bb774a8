package cn.jiangxin.certification;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Anyone can check a certificate by its verification code: the name, the nominating unit, the support period and
 * whether it is active today, or revoked or ended early and since when. Never an ID number.
 */
@Controller
class VerificationPages {

    private final Certifications certifications;
    private final CertificationRevocations revocations;

    VerificationPages(Certifications certifications, CertificationRevocations revocations) {
        this.certifications = certifications;
        this.revocations = revocations;
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            var found = VerificationCode.read(code);
            if (found.isPresent()) {
                return "redirect:/verify/" + found.get();
            }
            model.addAttribute("notFound", true);
        }
        model.addAttribute("code", code == null ? "" : code.strip());
        return "certification/verify";
    }

    @GetMapping("/verify/{code}")
    String show(@PathVariable String code, Model model, HttpServletResponse response) {
        var found = certifications.verify(code);
        model.addAttribute("code", code);
        model.addAttribute("today", certifications.today());
        found.ifPresentOrElse(c -> {
            model.addAttribute("c", c);
            model.addAttribute("revocation", revocations.of(c.id()).orElse(null));
        }, () -> {
            model.addAttribute("notFound", true);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        });
        return "certification/verify";
    }
}
