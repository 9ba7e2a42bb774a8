package cn.jiangxin.identity;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * System administrators list (paged, filtered, exported) and open accounts, give roles and units, disable and unlock
 * accounts, and reset passwords.
 */
@Controller
class AccountAdminPages {

    private final AccountRegistry accounts;
    private final AccountListing listing;
    private final UnitChoices units;
    private final SecondFactor secondFactor;

    AccountAdminPages(AccountRegistry accounts, AccountListing listing, UnitChoices units, SecondFactor secondFactor) {
        this.accounts = accounts;
        this.listing = listing;
        this.units = units;
        this.secondFactor = secondFactor;
    }

    @GetMapping("/admin/accounts")
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("form", new AccountForm());
        return page(ListQuery.parse(AccountListing.SPEC, request.getParameterMap()), model);
    }

    @GetMapping("/admin/accounts.xlsx")
    void export(HttpServletRequest request, Authentication auth, Locale locale, HttpServletResponse response)
            throws IOException {
        ListQuery query = ListQuery.parse(AccountListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "accounts.xlsx");
        listing.export(auth.getName(), query, locale, response.getOutputStream());
    }

    @PostMapping("/admin/accounts")
    String create(@ModelAttribute("form") AccountForm form, BindingResult errors, RedirectAttributes flash) {
        var email = EmailAddress.parse(form.getEmail());
        long id = accounts.create(new NewAccount(form.getUsername(), form.getDisplayName(), form.getPassword(),
                form.getRoles() == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(form.getRoles()),
                form.getUnitId(), true));
        email.ifPresent(address -> accounts.setEmail(id, address));
        flash.addFlashAttribute("created", form.getUsername());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled) {
        accounts.setEnabled(id, enabled);
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes flash) {
        accounts.unlock(id);
        flash.addFlashAttribute("unlocked", accounts.find(id).map(AccountSummary::username).orElse(""));
        return "redirect:/admin/accounts";
    }

    /**
     * A new one-time password, shown on the answer to this POST and nowhere else: not in a URL, not in a flash
     * attribute kept in the session; the answer is not cached (Spring Security's default headers).
     */
    @PostMapping("/admin/accounts/{id}/password")
    String resetPassword(@PathVariable long id, Authentication auth, Model model) {
        model.addAttribute("issued", accounts.resetPassword(id, auth.getName()));
        model.addAttribute("form", new AccountForm());
        return page(ListQuery.first(AccountListing.SPEC), model);
    }

    @PostMapping("/admin/accounts/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes flash) {
        secondFactor.reset(id);
        flash.addFlashAttribute("updated", accounts.find(id).map(AccountSummary::username).orElse(""));
        return "redirect:/admin/accounts";
    }

    @GetMapping("/admin/accounts/{id}")
    String edit(@PathVariable long id, Model model) {
        AccountSummary account = accounts.find(id).orElseThrow(() -> new NotFoundException("account " + id));
        AccountForm form = new AccountForm();
        form.setRoles(List.copyOf(account.roles()));
        form.setUnitId(account.unitId());
        form.setEmail(account.email());
        model.addAttribute("form", form);
        return editPage(account, model);
    }

    @PostMapping("/admin/accounts/{id}")
    String assign(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult errors,
            RedirectAttributes flash) {
        AccountSummary account = accounts.find(id).orElseThrow(() -> new NotFoundException("account " + id));
        EmailAddress.parse(form.getEmail());
        accounts.assign(id, form.getRoles() == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(form.getRoles()),
                form.getUnitId());
        accounts.setEmail(id, form.getEmail());
        flash.addFlashAttribute("updated", account.username());
        return "redirect:/admin/accounts";
    }

    private String editPage(AccountSummary account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("units", units.all());
        model.addAttribute("allRoles", Role.values());
        return "identity/account-edit";
    }

    private String page(ListQuery query, Model model) {
        model.addAttribute("listing", listing.page(query));
        model.addAttribute("units", units.all());
        model.addAttribute("unitNames", listing.unitNames());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("states", AccountListing.STATES);
        return "identity/accounts";
    }

    /** Mutable for form binding. */
    static class AccountForm {
        private String username;
        private String displayName;
        private String password;
        private List<Role> roles;
        private Long unitId;
        private String email;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public List<Role> getRoles() { return roles; }
        public void setRoles(List<Role> roles) { this.roles = roles; }
        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

}
