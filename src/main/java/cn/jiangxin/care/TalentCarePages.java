package cn.jiangxin.care;

import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The talent's own page of holiday care: the visits made to them and the HOLIDAY_CARE uses left this support year. */
@Controller
class TalentCarePages {

    private final CareRounds rounds;
    private final CareStore store;
    private final CurrentUsers users;

    TalentCarePages(CareRounds rounds, CareStore store, CurrentUsers users) {
        this.rounds = rounds;
        this.store = store;
        this.users = users;
    }

    @GetMapping("/my/care")
    @PreAuthorize("hasRole('TALENT')")
    String mine(Model model) {
        CurrentUser user = users.require();
        List<CareVisit> visits = user.person().map(rounds::visitsMadeTo).orElse(List.of());
        model.addAttribute("visits", visits);
        model.addAttribute("rounds", visits.stream().map(v -> store.round(v.roundId()).orElseThrow()).toList());
        model.addAttribute("standing", user.person().flatMap(rounds::holidayCare).orElse(null));
        return "care/mine";
    }
}
