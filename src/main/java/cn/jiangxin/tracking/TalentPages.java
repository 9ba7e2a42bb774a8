package cn.jiangxin.tracking;

import java.util.List;

import cn.jiangxin.nomination.AchievementWords;
import cn.jiangxin.nomination.CaseFacts;
import cn.jiangxin.nomination.CasePage;
import cn.jiangxin.nomination.NominationView;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.person.People;
import cn.jiangxin.unit.Units;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The talent's own pages (WF-5): where each of their cases is and what it still needs. Nothing here changes a case. */
@Controller
@RequestMapping("/my")
@PreAuthorize("hasRole('TALENT')")
class TalentPages {

    private final TalentCases cases;
    private final Nominations nominations;
    private final People people;
    private final Units units;
    private final CurrentUsers users;
    private final AchievementWords words;

    TalentPages(TalentCases cases, Nominations nominations, People people, Units units, CurrentUsers users,
            AchievementWords words) {
        this.cases = cases;
        this.nominations = nominations;
        this.people = people;
        this.units = units;
        this.users = users;
        this.words = words;
    }

    /** A case with what the unit still has to add before it can be submitted (empty once it is with the Bureau). */
    record TrackedCase(CasePage c, List<CaseFacts.Gap> gaps) {
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("cases", cases.of(users.require()).stream().map(this::tracked).toList());
        return "nomination/my";
    }

    @GetMapping("/nominations/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        model.addAttribute("t", tracked(cases.require(user, id)));
        model.addAttribute("words", words);
        return "nomination/my-case";
    }

    private TrackedCase tracked(NominationView n) {
        return new TrackedCase(CasePage.of(n, people, units),
                n.state().isEditableByUnit() ? nominations.gaps(n) : List.of());
    }
}
