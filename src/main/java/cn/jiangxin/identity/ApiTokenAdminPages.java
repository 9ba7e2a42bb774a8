package cn.jiangxin.identity;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** System administrators issue API tokens to other Bureau systems and revoke them. */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenAdminPages {

    private final ApiTokens tokens;

    ApiTokenAdminPages(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.list());
        return "identity/api-tokens";
    }

    @PostMapping
    String issue(@RequestParam(defaultValue = "") String name, Authentication auth, RedirectAttributes flash) {
        flash.addFlashAttribute("issued", tokens.issue(name, auth.getName()).token());
        return "redirect:/admin/api-tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.revoke(id);
        return "redirect:/admin/api-tokens";
    }
}
