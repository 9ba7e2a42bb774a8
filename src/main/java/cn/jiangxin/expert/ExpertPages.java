package cn.jiangxin.expert;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.person.People;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff's pages of the pool: the list, adding an expert, an expert's record with history, suspension. */
@Controller
@PreAuthorize(ExpertDesk.STAFF)
class ExpertPages {

    private final ExpertPool pool;
    private final ExpertListing listing;
    private final NeedStore needs;
    private final Parties parties;
    private final People people;
    private final CurrentUsers users;
    private final ExpertNeeds answers;

    ExpertPages(ExpertPool pool, ExpertListing listing, NeedStore needs, Parties parties, People people,
            CurrentUsers users, ExpertNeeds answers) {
        this.answers = answers;
        this.pool = pool;
        this.listing = listing;
        this.needs = needs;
        this.parties = parties;
        this.people = people;
        this.users = users;
    }

    @GetMapping("/experts")
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("listing", listing.page(ListQuery.parse(ExpertListing.SPEC, request.getParameterMap())));
        model.addAttribute("roles", ExpertRole.values());
        model.addAttribute("statuses", ExpertStatus.values());
        return "expert/pool";
    }

    @GetMapping("/experts.xlsx")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(ExpertListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "experts.xlsx");
        listing.export(users.require(), query, locale, response.getOutputStream());
    }

    @GetMapping("/experts/new")
    String add(Model model) {
        model.addAttribute("form", new ExpertForm());
        model.addAttribute("roles", ExpertRole.values());
        return "expert/add";
    }

    @PostMapping("/experts/new")
    String add(@ModelAttribute("form") ExpertForm form) {
        CurrentUser user = users.require();
        ResidentIdNumber number = ResidentIdNumber.parse(form.getIdNumber().strip(), people.today());
        long personId = people.find(number).orElseThrow(() -> new RuleViolationException("idNumber",
                "expert.refused.unregistered")).id();
        long id = pool.add(user, personId, form.profile(user, parties));
        return "redirect:/experts/" + id;
    }

    @GetMapping("/experts/{id}")
    String expert(@PathVariable long id, Model model) {
        Expert expert = pool.require(id);
        model.addAttribute("expert", expert);
        model.addAttribute("person", people.find(expert.personId()).orElseThrow());
        model.addAttribute("leading", pool.isLeadingTalent(expert.personId(), pool.today()));
        model.addAttribute("conflictUnits", parties.unitNames(expert.profile().conflictUnits()).values());
        model.addAttribute("conflictPeople", parties.peopleNames(expert.profile().conflictPeople()).values());
        model.addAttribute("history", needs.ofExpert(id));
        return "expert/expert";
    }

    @PostMapping("/experts/{id}/suspend")
    String suspend(@PathVariable long id, @RequestParam(defaultValue = "") String reason) {
        pool.suspend(users.require(), id, reason);
        return "redirect:/experts/" + id;
    }

    @PostMapping("/experts/{id}/reinstate")
    String reinstate(@PathVariable long id) {
        pool.reinstate(users.require(), id);
        return "redirect:/experts/" + id;
    }

    /** Staff record an answer for an expert (one without an account answers by phone or letter). */
    @PostMapping("/experts/assignments/{id}/answer")
    String answer(@PathVariable long id, @RequestParam boolean accept, @RequestParam(defaultValue = "") String reason,
            @RequestParam long need) {
        answers.answer(users.require(), id, accept, reason);
        return "redirect:/experts/needs/" + need;
    }

    @PostMapping("/experts/assignments/{id}/engagement")
    String engagement(@PathVariable long id, @RequestParam long need,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) BigDecimal hours, @RequestParam(defaultValue = "") String outcome) {
        answers.recordEngagement(users.require(), id, on, hours, outcome);
        return "redirect:/experts/needs/" + need;
    }
}
