package cn.jiangxin.benefit;

import java.util.List;

import cn.jiangxin.identity.AccountApiTokens;
import cn.jiangxin.identity.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * System administrators set the services a venue account offers (linked from the account's edit page), and issue and
 * revoke the venue's API tokens for the talent card API (a new token is shown once).
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class VenueAdminPages {

    private final VenueServices venues;
    private final CurrentUsers users;
    private final AccountApiTokens tokens;

    VenueAdminPages(VenueServices venues, CurrentUsers users, AccountApiTokens tokens) {
        this.venues = venues;
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping("/admin/venues/{accountId}")
    String form(@PathVariable long accountId, Model model) {
        model.addAttribute("venue", venues.venue(accountId));
        model.addAttribute("all", venues.all());
        model.addAttribute("offered", venues.offeredBy(accountId));
        model.addAttribute("tokens", tokens.of(accountId));
        return "benefit/venue-services";
    }

    @PostMapping("/admin/venues/{accountId}")
    String save(@PathVariable long accountId, @RequestParam(name = "services", required = false) List<String> services,
            RedirectAttributes flash) {
        venues.set(users.require(), accountId, services);
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/venues/" + accountId;
    }

    @PostMapping("/admin/venues/{accountId}/api-tokens")
    String issueToken(@PathVariable long accountId, RedirectAttributes flash) {
        venues.venue(accountId);
        flash.addFlashAttribute("issuedToken", tokens.issue(users.require(), accountId));
        return "redirect:/admin/venues/" + accountId + "#api-tokens";
    }

    @PostMapping("/admin/venues/{accountId}/api-tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long accountId, @PathVariable long tokenId) {
        venues.venue(accountId);
        tokens.revoke(users.require(), accountId, tokenId);
        return "redirect:/admin/venues/" + accountId + "#api-tokens";
    }
}
