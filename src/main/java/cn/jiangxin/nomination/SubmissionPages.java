package cn.jiangxin.nomination;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.TalentAccounts;
import cn.jiangxin.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new one-time password for a talent who lost theirs, given by the officer of the nominating unit on the case page.
 * The credentials travel to the case page once, as a flash attribute, as those issued at the first submission do
 * ({@link NominationPages#act}). The class kept its name from when it also took the submission.
 */
@Controller
@PreAuthorize("hasRole('UNIT_OFFICER')")
class SubmissionPages {

    private final Nominations nominations;
    private final TalentAccounts talents;
    private final CurrentUsers users;

    SubmissionPages(Nominations nominations, TalentAccounts talents, CurrentUsers users) {
        this.nominations = nominations;
        this.talents = talents;
        this.users = users;
    }

    @PostMapping("/nominations/{id}/talent-account/password")
    String resetPassword(@PathVariable long id, RedirectAttributes flash) {
        CurrentUser user = users.require();
        NominationView n = nominations.requireVisible(user, id);
        if (!CaseScope.isOfficerOf(user, n.unitId())) {
            throw new NotFoundException("nomination " + id);
        }
        flash.addFlashAttribute(NominationPages.TALENT_CREDENTIALS, talents.resetPassword(n.personId()));
        return "redirect:/nominations/" + id;
    }
}
