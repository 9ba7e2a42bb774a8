package cn.jiangxin.identity;

import cn.jiangxin.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own profile: who they are and the e-mail address notifications go to. */
@Controller
class ProfilePages {

    private final AccountRegistry accounts;
    private final CurrentUsers users;

    ProfilePages(AccountRegistry accounts, CurrentUsers users) {
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping("/account/profile")
    String profile(Model model) {
        AccountSummary account = own();
        model.addAttribute("account", account);
        model.addAttribute("email", account.email() == null ? "" : account.email());
        return "identity/profile";
    }

    @PostMapping("/account/profile")
    String save(@RequestParam(defaultValue = "") String email, RedirectAttributes flash) {
        accounts.setEmail(own().id(), email);
        flash.addFlashAttribute("saved", true);
        return "redirect:/account/profile";
    }

    private AccountSummary own() {
        long id = users.require().accountId();
        return accounts.find(id).orElseThrow(() -> new NotFoundException("account " + id));
    }
}
