package cn.jiangxin.card;

import cn.jiangxin.identity.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** System administrators see the card signing keys (public parts only) and rotate the active one. */
@Controller
@RequestMapping("/admin/card-keys")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CardKeyPages {

    private final CardKeys keys;
    private final CurrentUsers users;

    CardKeyPages(CardKeys keys, CurrentUsers users) {
        this.keys = keys;
        this.users = users;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("keys", keys.all());
        return "card/keys";
    }

    @PostMapping("/rotation")
    String rotate(RedirectAttributes flash) {
        flash.addFlashAttribute("rotated", keys.rotate(users.require()));
        return "redirect:/admin/card-keys";
    }
}
