package cn.jiangxin.nomination;

import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.TalentAccounts;
import cn.jiangxin.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit officer's submission of a case: a confirmation page that shows what goes to the Bureau and what follows
 * (nothing is submitted yet), the submission itself, exactly once however often it is sent, and the page after it
 * that says what happens next. Also a new one-time password for a talent who lost theirs. The talent's credentials
 * travel to the next page once, as a flash attribute.
 */
@Controller
@PreAuthorize("hasRole('UNIT_OFFICER')")
class SubmissionPages {

    private final Nominations nominations;
    private final TalentAccounts talents;
    private final CurrentUsers users;
    private final NominationPages pages;
    private final EvidenceUploads uploads;
    private final AchievementWords words;
    private final int reviewWorkingDays;

    /**
     * {@code reviewWorkingDays}: the preliminary review's target, the same setting after which the review queue marks
     * a case overdue (and the same default).
     */
    SubmissionPages(Nominations nominations, TalentAccounts talents, CurrentUsers users, NominationPages pages,
            EvidenceUploads uploads, AchievementWords words,
            @Value("${jiangxin.review.overdue-working-days:10}") int reviewWorkingDays) {
        this.nominations = nominations;
        this.talents = talents;
        this.users = users;
        this.pages = pages;
        this.uploads = uploads;
        this.words = words;
        this.reviewWorkingDays = reviewWorkingDays;
    }

    /** The confirmation: the case as it will be submitted, what is still missing, and what submitting means. */
    @GetMapping("/nominations/{id}/submit")
    String confirm(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        NominationView n = ownCase(user, id);
        if (!n.state().isEditableByUnit()) {
            return "redirect:/nominations/" + id;
        }
        var files = uploads.of(user, id);
        model.addAttribute("c", pages.page(n));
        model.addAttribute("gaps", nominations.gaps(n));
        model.addAttribute("words", words);
        model.addAttribute("steps", n.history().size());
        model.addAttribute("evidenceFiles", files.stream().filter(f -> f.kind() == FileCategory.EVIDENCE).count());
        model.addAttribute("stampedForm", files.stream().anyMatch(f -> f.kind() == FileCategory.STAMPED_FORM));
        model.addAttribute("opensTalentAccount", talents.usernameOf(n.personId()).isEmpty());
        model.addAttribute("reviewWorkingDays", reviewWorkingDays);
        return "nomination/submit-confirm";
    }

    /** Submits the case confirmed on a page that showed {@code steps} steps of its history. */
    @PostMapping("/nominations/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int steps, RedirectAttributes flash) {
        nominations.submit(users.require(), id, steps).talentCredentials()
                .ifPresent(c -> flash.addFlashAttribute(NominationPages.TALENT_CREDENTIALS, c));
        return "redirect:/nominations/" + id + "/submitted";
    }

    /** What happens after the submission; once the Bureau has taken the case, its page says where it stands. */
    @GetMapping("/nominations/{id}/submitted")
    String submitted(@PathVariable long id, Model model) {
        NominationView n = ownCase(users.require(), id);
        if (n.state() != NominationState.SUBMITTED) {
            return "redirect:/nominations/" + id;
        }
        model.addAttribute("c", pages.page(n));
        model.addAttribute("reviewWorkingDays", reviewWorkingDays);
        return "nomination/submitted";
    }

    @PostMapping("/nominations/{id}/talent-account/password")
    String resetPassword(@PathVariable long id, RedirectAttributes flash) {
        NominationView n = ownCase(users.require(), id);
        flash.addFlashAttribute(NominationPages.TALENT_CREDENTIALS, talents.resetPassword(n.personId()));
        return "redirect:/nominations/" + id;
    }

    /** A case of the officer's own unit. */
    private NominationView ownCase(CurrentUser user, long id) {
        NominationView n = nominations.requireVisible(user, id);
        if (!CaseScope.isOfficerOf(user, n.unitId())) {
            throw new NotFoundException("nomination " + id);
        }
        return n;
    }
}
