package cn.jiangxin.nomination;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.TalentAccounts;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's submission, which may open the talent's account, and a new one-time password for a talent who lost
 * theirs. Credentials travel to the case page once, as a flash attribute. The submit mapping is more specific than
 * the generic action mapping of {@link NominationPages}, so SUBMIT always comes here.
 */
@Controller
@PreAuthorize("hasRole('UNIT_OFFICER')")
class SubmissionPages {

    static final String CREDENTIALS = "talentCredentials";

    private final Submission submission;
    private final Nominations nominations;
    private final TalentAccounts talents;
    private final CurrentUsers users;

    SubmissionPages(Submission submission, Nominations nominations, TalentAccounts talents, CurrentUsers users) {
        this.submission = submission;
        this.nominations = nominations;
        this.talents = talents;
        this.users = users;
    }

    @PostMapping("/nominations/{id}/actions/SUBMIT")
    String submit(@PathVariable long id, RedirectAttributes flash) {
        try {
            submission.submit(users.require(), id).ifPresent(c -> flash.addFlashAttribute(CREDENTIALS, c));
            flash.addFlashAttribute("done", NominationAction.SUBMIT.name());
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("actionError", e.getMessage());
        }
        return "redirect:/nominations/" + id;
    }

    @PostMapping("/nominations/{id}/talent-account/password")
    String resetPassword(@PathVariable long id, RedirectAttributes flash) {
        CurrentUser user = users.require();
        NominationView n = nominations.requireVisible(user, id);
        if (!CaseScope.isOfficerOf(user, n.unitId())) {
            throw new NotFoundException("nomination " + id);
        }
        try {
            flash.addFlashAttribute(CREDENTIALS, talents.resetPassword(n.personId()));
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("actionError", e.getMessage());
        }
        return "redirect:/nominations/" + id;
    }
}
