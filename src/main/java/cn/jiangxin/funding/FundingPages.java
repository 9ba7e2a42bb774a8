package cn.jiangxin.funding;

import java.io.IOException;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.payment.BankDetails;
import cn.jiangxin.payment.Batches;
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
 * Studio funding pages: finance's list and one funding with its payment lines; a unit officer's list of the unit's
 * funding, and the unit's bank account form.
 */
@Controller
class FundingPages {

    private final StudioFundings fundings;
    private final FundingListing listing;
    private final Batches batches;
    private final CurrentUsers users;

    FundingPages(StudioFundings fundings, FundingListing listing, Batches batches, CurrentUsers users) {
        this.fundings = fundings;
        this.listing = listing;
        this.batches = batches;
        this.users = users;
    }

    @GetMapping("/funding")
    @PreAuthorize("hasRole('FINANCE')")
    String finance(HttpServletRequest request, Model model) {
        return list(request, model, FundingListing.FINANCE);
    }

    @GetMapping("/funding.xlsx")
    @PreAuthorize("hasRole('FINANCE')")
    void exportFinance(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        export(request, locale, response, FundingListing.FINANCE);
    }

    @GetMapping("/funding/{id}")
    @PreAuthorize("hasRole('FINANCE')")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        model.addAttribute("f", fundings.requireVisible(user, id));
        model.addAttribute("lines", batches.linesOf(FundingPayables.KIND, id));
        return "funding/funding";
    }

    @GetMapping("/unit/funding")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String unit(HttpServletRequest request, Model model) {
        model.addAttribute("account", fundings.bankAccount(users.require()).orElse(null));
        return list(request, model, FundingListing.UNIT);
    }

    @GetMapping("/unit/funding.xlsx")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    void exportUnit(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        export(request, locale, response, FundingListing.UNIT);
    }

    @GetMapping("/unit/funding/bank")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String bankForm(Model model) {
        CurrentUser user = users.require();
        var account = fundings.bankAccount(user);
        model.addAttribute("unitName", fundings.unitName(user));
        model.addAttribute("account", account.orElse(null));
        model.addAttribute("holder", account.map(UnitBankAccount::holder).orElse(fundings.unitName(user)));
        model.addAttribute("bankName", account.map(UnitBankAccount::bankName).orElse(null));
        return "funding/bank-form";
    }

    @PostMapping("/unit/funding/bank")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String saveBank(@RequestParam(required = false) String holder, @RequestParam(required = false) String bankName,
            @RequestParam(required = false) String accountNumber, RedirectAttributes flash) {
        fundings.enterBankAccount(users.require(), new BankDetails(holder, bankName, accountNumber));
        flash.addFlashAttribute("saved", true);
        return "redirect:/unit/funding";
    }

    private String list(HttpServletRequest request, Model model, ListSpec spec) {
        ListQuery query = ListQuery.parse(spec, request.getParameterMap());
        model.addAttribute("listing", listing.page(users.require(), query));
        model.addAttribute("states", FundingState.values());
        model.addAttribute("finance", spec == FundingListing.FINANCE);
        return "funding/list";
    }

    private void export(HttpServletRequest request, Locale locale, HttpServletResponse response, ListSpec spec)
            throws IOException {
        ListQuery query = ListQuery.parse(spec, request.getParameterMap());
        CurrentUser user = users.require();
        ExcelTable.attach(response, "studio-funding.xlsx");
        listing.export(user, query, locale, response.getOutputStream());
    }
}
