package cn.jiangxin.reward;

import cn.jiangxin.identity.CurrentUser;
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
 * What beneficiaries see: a talent their own rewards at /my/rewards, a unit officer their unit's training-unit
 * rewards at /unit/rewards; each enters the bank account the reward is paid to.
 */
@Controller
class BeneficiaryRewardPages {

    private final RewardCases cases;
    private final CurrentUsers users;

    BeneficiaryRewardPages(RewardCases cases, CurrentUsers users) {
        this.cases = cases;
        this.users = users;
    }

    @GetMapping("/my/rewards")
    @PreAuthorize("hasRole('TALENT')")
    String mine(Model model) {
        return list(model, BeneficiaryKind.PERSON, "/my/rewards");
    }

    @GetMapping("/unit/rewards")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String unit(Model model) {
        return list(model, BeneficiaryKind.TRAINING_UNIT, "/unit/rewards");
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

    private String list(Model model, BeneficiaryKind kind, String base) {
        model.addAttribute("cases", cases.ofBeneficiary(users.require(), kind));
        model.addAttribute("kind", kind);
        model.addAttribute("base", base);
        return "reward/mine";
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
