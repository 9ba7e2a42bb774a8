package cn.jiangxin.benefit;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A talent's own entitlements and their uses; Bureau staff see any person's. */
@Controller
class EntitlementPages {

    private final Entitlements entitlements;
    private final People people;
    private final CurrentUsers users;

    EntitlementPages(Entitlements entitlements, People people, CurrentUsers users) {
        this.entitlements = entitlements;
        this.people = people;
        this.users = users;
    }

    @GetMapping("/my/entitlements")
    @PreAuthorize("hasRole('TALENT')")
    String mine(Model model) {
        CurrentUser talent = users.require();
        model.addAttribute("linked", talent.person().isPresent());
        model.addAttribute("entitlements", entitlements.ofTalent(talent));
        return "benefit/mine";
    }

    @GetMapping("/my/entitlements/{id}")
    @PreAuthorize("hasRole('TALENT')")
    String mineOne(@PathVariable long id, Model model) {
        Entitlement entitlement = entitlements.requireOfTalent(users.require(), id);
        model.addAttribute("e", entitlement);
        model.addAttribute("uses", entitlements.redemptionsOf(id));
        return "benefit/mine-one";
    }

    @GetMapping("/benefits/people/{personId}")
    @PreAuthorize("hasAnyRole('REVIEWER','APPROVER','SYSTEM_ADMIN')")
    String ofPerson(@PathVariable long personId, Model model) {
        PersonView person = people.requireVisible(users.require(), personId);
        model.addAttribute("person", person);
        model.addAttribute("entitlements", entitlements.ofPerson(personId, entitlements.today()));
        model.addAttribute("uses", entitlements.redemptionsOfPerson(personId));
        return "benefit/person";
    }
}
