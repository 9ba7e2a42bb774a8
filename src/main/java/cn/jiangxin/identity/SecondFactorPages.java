package cn.jiangxin.identity;

import cn.jiangxin.platform.QrCodes;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Entering the second-factor code after the password, and enrolling an authenticator app. */
@Controller
class SecondFactorPages {

    private final SecondFactor secondFactor;
    private final SignInGate gate;

    SecondFactorPages(SecondFactor secondFactor, SignInGate gate) {
        this.secondFactor = secondFactor;
        this.gate = gate;
    }

    @GetMapping("/login/second-factor")
    String codeForm() {
        return "identity/second-factor-login";
    }

    @PostMapping("/login/second-factor")
    String code(@RequestParam(defaultValue = "") String code, Authentication auth, HttpServletRequest request,
            Model model) throws Exception {
        switch (secondFactor.verify(auth.getName(), code)) {
            case ACCEPTED -> {
                request.changeSessionId();
                request.getSession().setAttribute(SignInGate.SECOND_FACTOR_PASSED, true);
                return "redirect:/";
            }
            case LOCKED -> {
                request.logout();
                SecurityContextHolder.clearContext();
                return "redirect:/login?error";
            }
            default -> {
                model.addAttribute("problem", "验证码不正确或已使用过，请输入验证器App上当前显示的6位数字");
                return "identity/second-factor-login";
            }
        }
    }

    @GetMapping("/account/second-factor")
    String enrolment(Authentication auth, HttpServletRequest request, Model model) {
        model.addAttribute("held", auth.getPrincipal() instanceof AccountPrincipal p
                && gate.heldAt(p, request.getSession(false)) != null);
        if (secondFactor.enrolled(auth.getName())) {
            model.addAttribute("enrolled", true);
            return "identity/second-factor-enrol";
        }
        SecondFactor.Enrollment enrollment = secondFactor.start(auth.getName());
        model.addAttribute("secret", enrollment.secret().replaceAll("(.{4})", "$1 ").strip());
        model.addAttribute("qr", QrCodes.pngDataUri(enrollment.otpauthUri(), 220));
        return "identity/second-factor-enrol";
    }

    @PostMapping("/account/second-factor")
    String confirm(@RequestParam(defaultValue = "") String code, Authentication auth, HttpServletRequest request) {
        secondFactor.confirm(auth.getName(), code);
        request.getSession().setAttribute(SignInGate.SECOND_FACTOR_PASSED, true);
        return "redirect:/?secondFactor";
    }
}
