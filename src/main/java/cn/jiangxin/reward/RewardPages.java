package cn.jiangxin.reward;

import java.io.IOException;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
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

/** Finance's view of reward cases: the paged list with its export, a case with its payments, the audited full account. */
@Controller
@PreAuthorize("hasRole('FINANCE')")
class RewardPages {

    private final RewardCases cases;
    private final RewardListing listing;
    private final PaymentBatches batches;
    private final CurrentUsers users;

    RewardPages(RewardCases cases, RewardListing listing, PaymentBatches batches, CurrentUsers users) {
        this.cases = cases;
        this.listing = listing;
        this.batches = batches;
        this.users = users;
    }

    @GetMapping("/rewards")
    String list(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.parse(RewardListing.FINANCE, request.getParameterMap());
        model.addAttribute("listing", listing.page(users.require(), query));
        model.addAttribute("states", RewardState.values());
        model.addAttribute("kinds", BeneficiaryKind.values());
        return "reward/cases";
    }

    @GetMapping("/rewards.xlsx")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(RewardListing.FINANCE, request.getParameterMap());
        CurrentUser user = users.require();
        ExcelTable.attach(response, "rewards.xlsx");
        listing.export(user, query, locale, response.getOutputStream());
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
