package cn.jiangxin.card;

import java.util.List;

import cn.jiangxin.benefit.Entitlement;
import cn.jiangxin.benefit.Entitlements;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.CertificationRevocations;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.QrCodes;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The talent's card on the phone: name, support period, the QR code of a fresh token with its countdown (htmx
 * fetches a new one every 60 s), the services with uses left this support year; or why there is no card.
 */
@Controller
@RequestMapping("/my/card")
@PreAuthorize("hasRole('TALENT')")
class MyCardPages {

    /** Pixels of the QR image: sharp on a phone screen, shown at the screen's width. */
    private static final int QR_SIZE = 360;

    private final CardIssuer issuer;
    private final Certifications certifications;
    private final CertificationRevocations revocations;
    private final Entitlements entitlements;
    private final CurrentUsers users;

    MyCardPages(CardIssuer issuer, Certifications certifications, CertificationRevocations revocations,
            Entitlements entitlements, CurrentUsers users) {
        this.issuer = issuer;
        this.certifications = certifications;
        this.revocations = revocations;
        this.entitlements = entitlements;
        this.users = users;
    }

    @GetMapping
    String page(Model model, HttpServletResponse response) {
        CurrentUser talent = users.require();
        response.setHeader("Cache-Control", "no-store");
        var active = issuer.activeOf(talent);
        if (active.isPresent()) {
            model.addAttribute("c", active.get());
            qr(active.get(), model);
            List<Entitlement> services = entitlements.ofPerson(active.get().personId(), entitlements.today()).stream()
                    .filter(e -> e.isService() && e.certificationId() == active.get().id()).toList();
            model.addAttribute("services", services);
        } else {
            List<Certification> all = talent.person().map(certifications::ofPerson).orElse(List.of());
            Certification last = all.isEmpty() ? null : all.get(0);
            model.addAttribute("last", last);
            model.addAttribute("revocation", last == null ? null : revocations.of(last.id()).orElse(null));
        }
        return "card/mine";
    }

    /** The QR fragment alone, fetched by htmx every 60 s. */
    @GetMapping("/qr")
    String qr(Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        var active = issuer.activeOf(users.require());
        if (active.isEmpty()) {
            response.setHeader("HX-Refresh", "true"); // the certification ended meanwhile: the whole page says so
            return "card/mine :: gone";
        }
        qr(active.get(), model);
        return "card/mine :: qr";
    }

    private void qr(Certification c, Model model) {
        CardIssuer.Issued issued = issuer.issue(c);
        model.addAttribute("token", issued.token());
        model.addAttribute("qr", QrCodes.pngDataUri(issued.token(), QR_SIZE));
        model.addAttribute("expiresAt", issued.expiresAt());
        model.addAttribute("secondsLeft", CardIssuer.LIFETIME);
    }
}
