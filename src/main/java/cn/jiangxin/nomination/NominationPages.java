package cn.jiangxin.nomination;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.notice.Objections;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.identity.TalentAccounts;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.unit.Units;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of cases, opening a draft for a person of one's unit, a case's detail page and its workflow actions. */
@Controller
@RequestMapping("/nominations")
@PreAuthorize("hasAnyRole('UNIT_OFFICER','REVIEWER','APPROVER')")
class NominationPages {

    /** The flash attribute that carries a talent's new credentials to the case page, to be shown once. */
    static final String TALENT_CREDENTIALS = "talentCredentials";

    private final Nominations nominations;
    private final EvidenceUploads uploads;
    private final People people;
    private final Units units;
    private final CurrentUsers users;
    private final CaseReview review;
    private final AchievementWords words;
    private final TalentAccounts talents;
    private final NoticeBoard notices;
    private final Objections objections;
    private final Certifications certifications;

    NominationPages(Nominations nominations, EvidenceUploads uploads, People people, Units units, CurrentUsers users,
            CaseReview review, AchievementWords words, TalentAccounts talents, NoticeBoard notices,
            Objections objections, Certifications certifications) {
        this.nominations = nominations;
        this.uploads = uploads;
        this.people = people;
        this.units = units;
        this.users = users;
        this.review = review;
        this.words = words;
        this.talents = talents;
        this.notices = notices;
        this.objections = objections;
        this.certifications = certifications;
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String choosePerson(@RequestParam(required = false) Long person, Model model) {
        CurrentUser user = users.require();
        var own = people.search(user, "", null);
        if (person != null) {
            own = own.stream().filter(p -> p.id() == person).toList();
            if (own.isEmpty()) {
                throw new NotFoundException("person " + person);
            }
        }
        model.addAttribute("people", own);
        model.addAttribute("openCases", nominations.openCasesOf(own.stream().map(p -> p.id()).toList()));
        model.addAttribute("unitId", user.unitId());
        return "nomination/new";
    }

    /** A person with an open case gets none besides: the refusal goes back to the person, with a link to the case. */
    @PostMapping
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String open(@RequestParam long person) {
        return "redirect:/nominations/" + nominations.open(users.require(), person) + "/edit";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        NominationView n = nominations.requireVisible(user, id);
        model.addAttribute("c", page(n));
        model.addAttribute("files", uploads.of(user, id));
        model.addAttribute("gaps", n.state().isEditableByUnit() ? nominations.gaps(n) : List.of());
        model.addAttribute("ownUnit", CaseScope.isOfficerOf(user, n.unitId()));
        Set<NominationAction> offered = n.workflow().offeredTo(user);
        model.addAttribute("offered", offered.stream().map(NominationAction::name).collect(Collectors.toSet()));
        model.addAttribute("certificationRefusal", n.state() == NominationState.IN_PUBLIC_NOTICE
                && offered.contains(NominationAction.REJECT)
                ? nominations.factsFor(n, NominationAction.REJECT).certificationRefusal() : null);
        model.addAttribute("talentUsername", talents.usernameOf(n.personId()).orElse(null));
        model.addAttribute("unitMayResetTalentPassword", talents.unitMayResetPassword(n.personId()));
        model.addAttribute("words", words);
        if (CaseScope.isStaff(user)) {
            CaseEligibility.Outcome outcome = review.verifiedOutcome(n);
            model.addAttribute("outcome", outcome);
            review.decision(n).ifPresent(d -> model.addAttribute("decision", d));
            model.addAttribute("reviewGaps", n.state() == NominationState.UNDER_REVIEW ? review.gaps(n, outcome) : List.of());
            model.addAttribute("mayVerify", CaseReview.mayVerify(user, n));
        }
        model.addAttribute("notice", notices.ofCase(id).orElse(null));
        model.addAttribute("objections", objections.of(user, id));
        model.addAttribute("mayResolveObjections", user.has(Role.APPROVER)
                && NominationsOnNotice.resolvable(user, n).isAllowed());
        model.addAttribute("certification", certifications.ofNomination(id).orElse(null));
        return "nomination/detail";
    }

    /** The reviewer's verification of one achievement against its evidence. */
    @PostMapping("/{id}/achievements/{index}/check")
    @PreAuthorize("hasRole('REVIEWER')")
    String check(@PathVariable long id, @PathVariable int index,
            @RequestParam(required = false) AchievementCheck.Outcome outcome,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        review.verify(users.require(), id, index, outcome, note);
        flash.addFlashAttribute("checked", index + 1);
        return "redirect:/nominations/" + id + "#achievement-" + index;
    }

    /** Every workflow action; the talent's credentials, when submitting opened their account, are shown once. */
    @PostMapping("/{id}/actions/{action}")
    String act(@PathVariable long id, @PathVariable NominationAction action,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        nominations.act(users.require(), id, action, reason).talentCredentials()
                .ifPresent(c -> flash.addFlashAttribute(TALENT_CREDENTIALS, c));
        flash.addFlashAttribute("done", action.name());
        return "redirect:/nominations/" + id;
    }

    CasePage page(NominationView n) {
        return CasePage.of(n, people, units);
    }
}
