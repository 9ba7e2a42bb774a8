package cn.jiangxin.reward;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Finance's view of reward cases: the list with filters, a case with its payments, the audited full account. */
@Controller
@PreAuthorize("hasRole('FINANCE')")
class RewardPages {

    private final RewardCases cases;
    private final PaymentBatches batches;
    private final CurrentUsers users;

    RewardPages(RewardCases cases, PaymentBatches batches, CurrentUsers users) {
        this.cases = cases;
        this.batches = batches;
        this.users = users;
    }

    @GetMapping("/rewards")
    String list(@RequestParam(required = false) RewardState state, @RequestParam(required = false) BeneficiaryKind kind,
            Model model) {
        model.addAttribute("cases", cases.forFinance(users.require(), state, kind));
        model.addAttribute("state", state);
        model.addAttribute("kind", kind);
        model.addAttribute("states", RewardState.values());
        model.addAttribute("kinds", BeneficiaryKind.values());
        return "reward/cases";
    }

    @GetMapping("/rewards/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        model.addAttribute("c", cases.requireVisible(user, id));
        model.addAttribute("lines", batches.linesOfCase(id));
        return "reward/case";
    }

    /** Shows the full account number once, never cached; POST so that no prefetch or link reveals it. */
    @PostMapping("/rewards/{id}/reveal")
    String reveal(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response) {
        String account = cases.revealAccount(users.require(), id);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("revealed", account);
        detail(id, model);
        return htmx != null ? "reward/case :: account" : "reward/case";
    }
}
