package cn.jiangxin.benefit;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.platform.web.BadListRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A talent's own entitlements and their uses; Bureau staff see any person's. */
@Controller
class EntitlementPages {

    static final String USABLE = "usable";

    private final Entitlements entitlements;
    private final People people;
    private final CurrentUsers users;

    EntitlementPages(Entitlements entitlements, People people, CurrentUsers users) {
        this.entitlements = entitlements;
        this.people = people;
        this.users = users;
    }

    /** The talent's entitlements; {@code show=usable}: only the services usable now (the talent's to-do). */
    @GetMapping("/my/entitlements")
    @PreAuthorize("hasRole('TALENT')")
    String mine(@RequestParam(required = false) String show, Model model) {
        CurrentUser talent = users.require();
        boolean usable = show != null && !show.isBlank();
        if (usable && !USABLE.equals(show.strip())) {
            throw new BadListRequest("list.error.choice", "show", show);
        }
        model.addAttribute("linked", talent.person().isPresent());
        model.addAttribute("usableOnly", usable);
        model.addAttribute("entitlements", usable ? entitlements.usableOfTalent(talent) : entitlements.ofTalent(talent));
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
