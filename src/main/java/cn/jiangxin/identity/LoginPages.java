package cn.jiangxin.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import cn.jiangxin.platform.RuleViolationException;

@Controller
class LoginPages {

    private final AccountRegistry accounts;

    LoginPages(AccountRegistry accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model, Authentication auth) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        model.addAttribute("mustChange", mustChange(auth));
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult errors, Authentication auth,
            HttpServletRequest request) throws Exception {
        if (form.next() == null || !form.next().equals(form.repeat())) {
            throw new RuleViolationException("repeat", "两次输入的新密码不一致");
        }
        accounts.changePassword(auth.getName(), nz(form.current()), form.next());
        request.logout();
        SecurityContextHolder.clearContext();
        return "redirect:/login?changed";
    }

    private static boolean mustChange(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.isMustChangePassword();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    record PasswordForm(@NotBlank String current, String next, String repeat) {
    }
}
