package cn.jiangxin.ledger;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance pages over the ledger: balances, trial balance and the entries (a paged list with its export); the
 * allocations (likewise, by budget line); budget, committed and paid per budget line (with its export); totals by
 * month.
 */
@Controller
@PreAuthorize("hasRole('FINANCE')")
class LedgerPages {

    private final Ledger ledger;
    private final Allocations allocations;
    private final EntryListing entries;
    private final AllocationListing allocationList;
    private final BudgetLineExport budgetLineExport;
    private final CurrentUsers users;

    LedgerPages(Ledger ledger, Allocations allocations, EntryListing entries, AllocationListing allocationList,
            BudgetLineExport budgetLineExport, CurrentUsers users) {
        this.budgetLineExport = budgetLineExport;
        this.ledger = ledger;
        this.allocations = allocations;
        this.entries = entries;
        this.allocationList = allocationList;
        this.users = users;
    }

    @GetMapping("/ledger")
    String ledger(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.parse(EntryListing.SPEC, request.getParameterMap());
        model.addAttribute("trial", ledger.trialBalance());
        model.addAttribute("listing", entries.page(query));
        model.addAttribute("accounts", LedgerAccount.values());
        model.addAttribute("kinds", EntryListing.KINDS);
        return "ledger/ledger";
    }

    @GetMapping("/ledger.xlsx")
    void exportEntries(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(EntryListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "ledger-entries.xlsx");
        entries.export(query, locale, response.getOutputStream());
    }

    @GetMapping("/finance")
    String dashboard(Model model) {
        model.addAttribute("trial", ledger.trialBalance());
        var months = ledger.monthly();
        model.addAttribute("months", months);
        model.addAttribute("chart", MonthTotals.chartData(months));
        return "ledger/finance";
    }

    @GetMapping("/ledger/allocations")
    String allocations(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.parse(AllocationListing.SPEC, request.getParameterMap());
        model.addAttribute("requestKey", RequestKeys.fresh());
        model.addAttribute("listing", allocationList.page(query));
        model.addAttribute("budget", Money.yuan(ledger.balanceFen(LedgerAccount.REWARD_BUDGET)));
        model.addAttribute("lines", BudgetLine.values());
        model.addAttribute("totals", ledger.budgetLines());
        return "ledger/allocations";
    }

    @GetMapping("/ledger/allocations.xlsx")
    void exportAllocations(HttpServletRequest request, Locale locale, HttpServletResponse response)
            throws IOException {
        ListQuery query = ListQuery.parse(AllocationListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "budget-allocations.xlsx");
        allocationList.export(query, locale, response.getOutputStream());
    }

    @PostMapping("/ledger/allocations")
    String allocate(@RequestParam String amount, @RequestParam String reference, @RequestParam String allocatedOn,
            @RequestParam(required = false) String line, @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String idempotencyKey,
            RedirectAttributes flash) {
        String key = RequestKeys.of(idempotencyKey, requestKey);
        Allocation a = allocations.record(users.require(), new NewAllocation(yuan(amount), reference,
                date(allocatedOn), budgetLine(line)), key);
        flash.addFlashAttribute("saved", a.amountYuan());
        return "redirect:/ledger/allocations";
    }

    @PostMapping("/ledger/allocations/{id}/reverse")
    String reverse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        allocations.reverse(users.require(), id, reason);
        flash.addFlashAttribute("reversed", true);
        return "redirect:/ledger/allocations";
    }

    /** Budget, committed and paid per budget line, with its export. */
    @GetMapping("/ledger/budget-lines")
    String budgetLines(Model model) {
        model.addAttribute("totals", ledger.budgetLines());
        return "ledger/budget-lines";
    }

    @GetMapping("/ledger/budget-lines.xlsx")
    void exportBudgetLines(Locale locale, HttpServletResponse response) throws IOException {
        ExcelTable.attach(response, "budget-lines.xlsx");
        budgetLineExport.write(locale, response.getOutputStream());
    }

    /** The reward line when the form names none (the allocation form before budget lines). */
    private static BudgetLine budgetLine(String text) {
        if (text == null || text.isBlank()) {
            return BudgetLine.REWARD;
        }
        try {
            return BudgetLine.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("line", "请选择预算科目");
        }
    }

    private static long yuan(String text) {
        try {
            return Money.parseYuan(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("amount", e.getMessage());
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("allocatedOn", "请填写拨款日期");
        }
    }
}
