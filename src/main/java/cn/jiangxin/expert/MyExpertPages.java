package cn.jiangxin.expert;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The talent's page of the pool ({@code /my/expert}): joining, the declarations, pause or leave, and answering draws. */
@Controller
@PreAuthorize("hasRole('TALENT')")
class MyExpertPages {

    private final ExpertPool pool;
    private final ExpertNeeds needs;
    private final NeedStore store;
    private final Parties parties;
    private final CurrentUsers users;

    MyExpertPages(ExpertPool pool, ExpertNeeds needs, NeedStore store, Parties parties, CurrentUsers users) {
        this.pool = pool;
        this.needs = needs;
        this.store = store;
        this.parties = parties;
        this.users = users;
    }

    @GetMapping("/my/expert")
    String mine(Model model) {
        CurrentUser talent = users.require();
        var expert = pool.ofTalent(talent);
        model.addAttribute("expert", expert.orElse(null));
        model.addAttribute("form", expert.map(e -> ExpertForm.of(e, parties)).orElseGet(ExpertForm::new));
        model.addAttribute("keptPeople", expert.map(e -> parties.peopleNames(e.profile().conflictPeople()))
                .orElse(java.util.Map.of()));
        model.addAttribute("leading", talent.person().map(p -> pool.isLeadingTalent(p, pool.today())).orElse(false));
        model.addAttribute("roles", ExpertRole.values());
        model.addAttribute("assignments", talent.person().map(store::ofPerson).orElse(java.util.List.of()));
        return "expert/mine";
    }

    @PostMapping("/my/expert")
    String save(@ModelAttribute("form") ExpertForm form) {
        CurrentUser talent = users.require();
        pool.optIn(talent, form.profile(talent, parties));
        return "redirect:/my/expert";
    }

    @PostMapping("/my/expert/{action:pause|resume|leave}")
    String status(@PathVariable String action) {
        CurrentUser talent = users.require();
        switch (action) {
            case "pause" -> pool.pauseOwn(talent);
            case "resume" -> pool.resumeOwn(talent);
            default -> pool.leaveOwn(talent);
        }
        return "redirect:/my/expert";
    }

    @PostMapping("/my/expert/assignments/{id}")
    String answer(@PathVariable long id, @RequestParam boolean accept, @RequestParam(defaultValue = "") String reason) {
        needs.answer(users.require(), id, accept, reason);
        return "redirect:/my/expert";
    }
}
