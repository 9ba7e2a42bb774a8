package cn.jiangxin.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finance pages over the ledger: balances, trial balance and entries; allocations; totals by month. */
@Controller
@PreAuthorize("hasRole('FINANCE')")
class LedgerPages {

    private final Ledger ledger;
    private final Allocations allocations;
    private final CurrentUsers users;

    LedgerPages(Ledger ledger, Allocations allocations, CurrentUsers users) {
        this.ledger = ledger;
        this.allocations = allocations;
        this.users = users;
    }

    @GetMapping("/ledger")
    String ledger(Model model) {
        model.addAttribute("trial", ledger.trialBalance());
        model.addAttribute("entries", ledger.latest("", 100));
        return "ledger/ledger";
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
    String allocations(Model model) {
        model.addAttribute("requestKey", RequestKeys.fresh());
        model.addAttribute("allocations", allocations.list());
        model.addAttribute("budget", Money.yuan(ledger.balanceFen(cn.jiangxin.ledger.domain.LedgerAccount.REWARD_BUDGET)));
        return "ledger/allocations";
    }

    @PostMapping("/ledger/allocations")
    String allocate(@RequestParam String amount, @RequestParam String reference, @RequestParam String allocatedOn,
            @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String idempotencyKey,
            RedirectAttributes flash) {
        String key = RequestKeys.of(idempotencyKey, requestKey);
        Allocation a = allocations.record(users.require(), new NewAllocation(yuan(amount), reference,
                date(allocatedOn)), key);
        flash.addFlashAttribute("saved", a.amountYuan());
        return "redirect:/ledger/allocations";
    }

    @PostMapping("/ledger/allocations/{id}/reverse")
    String reverse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        allocations.reverse(users.require(), id, reason);
        flash.addFlashAttribute("reversed", true);
        return "redirect:/ledger/allocations";
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
