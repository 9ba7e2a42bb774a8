package cn.jiangxin.reward;

import cn.jiangxin.payment.BankDetails;
import java.io.IOException;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What beneficiaries see: a talent their own rewards at /my/rewards, a unit officer their unit's training-unit
 * rewards at /unit/rewards, each a paged list with its export ({@link RewardListing}); each enters the bank account
 * the reward is paid to.
 */
@Controller
class BeneficiaryRewardPages {

    private final RewardCases cases;
    private final RewardListing listing;
    private final CurrentUsers users;

    BeneficiaryRewardPages(RewardCases cases, RewardListing listing, CurrentUsers users) {
        this.cases = cases;
        this.listing = listing;
        this.users = users;
    }

    @GetMapping("/my/rewards")
    @PreAuthorize("hasRole('TALENT')")
    String mine(HttpServletRequest request, Model model) {
        return list(request, model, RewardListing.MINE, BeneficiaryKind.PERSON);
    }

    @GetMapping("/unit/rewards")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String unit(HttpServletRequest request, Model model) {
        return list(request, model, RewardListing.UNIT, BeneficiaryKind.TRAINING_UNIT);
    }

    @GetMapping("/my/rewards.xlsx")
    @PreAuthorize("hasRole('TALENT')")
    void exportMine(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        export(request, locale, response, RewardListing.MINE, "my-rewards.xlsx");
    }

    @GetMapping("/unit/rewards.xlsx")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    void exportUnit(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        export(request, locale, response, RewardListing.UNIT, "unit-rewards.xlsx");
    }

    @GetMapping("/my/rewards/{id}/bank")
    @PreAuthorize("hasRole('TALENT')")
    String myBank(@PathVariable long id, Model model) {
        return bankForm(id, model, "/my/rewards");
    }

    @GetMapping("/unit/rewards/{id}/bank")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String unitBank(@PathVariable long id, Model model) {
        return bankForm(id, model, "/unit/rewards");
    }

    @PostMapping("/my/rewards/{id}/bank")
    @PreAuthorize("hasRole('TALENT')")
    String saveMyBank(@PathVariable long id, @RequestParam(required = false) String holder,
            @RequestParam(required = false) String bankName, @RequestParam(required = false) String accountNumber,
            RedirectAttributes flash) {
        return save(id, holder, bankName, accountNumber, flash, "/my/rewards");
    }

    @PostMapping("/unit/rewards/{id}/bank")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String saveUnitBank(@PathVariable long id, @RequestParam(required = false) String holder,
            @RequestParam(required = false) String bankName, @RequestParam(required = false) String accountNumber,
            RedirectAttributes flash) {
        return save(id, holder, bankName, accountNumber, flash, "/unit/rewards");
    }

    private String list(HttpServletRequest request, Model model, ListSpec spec, BeneficiaryKind kind) {
        ListQuery query = ListQuery.parse(spec, request.getParameterMap());
        model.addAttribute("listing", listing.page(users.require(), query));
        model.addAttribute("states", RewardState.values());
        model.addAttribute("kind", kind);
        model.addAttribute("base", spec.path());
        return "reward/mine";
    }

    private void export(HttpServletRequest request, Locale locale, HttpServletResponse response, ListSpec spec,
            String fileName) throws IOException {
        ListQuery query = ListQuery.parse(spec, request.getParameterMap());
        CurrentUser user = users.require();
        ExcelTable.attach(response, fileName);
        listing.export(user, query, locale, response.getOutputStream());
    }

    private String bankForm(long id, Model model, String base) {
        CurrentUser user = users.require();
        RewardCase c = cases.requireOwn(user, id);
        model.addAttribute("c", c);
        model.addAttribute("base", base);
        model.addAttribute("holder", c.bankHolder() == null ? c.beneficiaryName() : c.bankHolder());
        model.addAttribute("bankName", c.bankName());
        return "reward/bank-form";
    }

    private String save(long id, String holder, String bankName, String accountNumber, RedirectAttributes flash,
            String base) {
        cases.enterBankDetails(users.require(), id, new BankDetails(holder, bankName, accountNumber));
        flash.addFlashAttribute("saved", true);
        return "redirect:" + base;
    }
}
