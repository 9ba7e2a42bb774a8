package cn.jiangxin.offering;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of offerings: the list (policy staff; unit officers see those open to units), publishing one (staff), an
 * offering with its seats, waiting list and attendance (staff see and act on all, an officer signs up and cancels the
 * unit's people, a talent their own sign-up), the roster's Excel (staff), and the talent's and the unit's sign-ups.
 */
@Controller
class OfferingPages {

    private final Offerings offerings;
    private final OfferingListing listing;
    private final CurrentUsers users;
    private final People people;
    private final AuditTrail audit;

    OfferingPages(Offerings offerings, OfferingListing listing, CurrentUsers users, People people, AuditTrail audit) {
        this.offerings = offerings;
        this.listing = listing;
        this.users = users;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping("/offerings")
    @PreAuthorize("hasAnyRole('POLICY_ADMIN','UNIT_OFFICER')")
    String list(HttpServletRequest request, Model model) {
        CurrentUser user = users.require();
        model.addAttribute("listing", listing.page(ListQuery.parse(OfferingListing.SPEC, request.getParameterMap()),
                unitScope(user)));
        model.addAttribute("stages", OfferingListing.STAGES);
        model.addAttribute("kinds", OfferingListing.KINDS);
        model.addAttribute("today", offerings.today());
        model.addAttribute("staff", Offerings.staff(user));
        return "offering/list";
    }

    @GetMapping("/offerings.xlsx")
    @PreAuthorize("hasAnyRole('POLICY_ADMIN','UNIT_OFFICER')")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(OfferingListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "offerings.xlsx");
        listing.export(query, unitScope(users.require()), locale, response.getOutputStream());
    }

    @GetMapping("/offerings/new")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    String form(Model model) {
        OfferingForm form = new OfferingForm();
        var today = offerings.today();
        form.setKind(OfferingKind.TRAINING);
        form.setCapacity(30);
        form.setSignupOpens(today);
        form.setSignupCloses(today.plusDays(14));
        form.setStartsOn(today.plusDays(21));
        form.setEndsOn(today.plusDays(21));
        form.setOpenToTalents(true);
        form.setOpenToUnits(true);
        model.addAttribute("form", form);
        return "offering/new";
    }

    @PostMapping("/offerings")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    String publish(@ModelAttribute("form") OfferingForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("formError", true);
            return "offering/new";
        }
        return "redirect:/offerings/" + offerings.publish(users.require(), form.toCommand());
    }

    @GetMapping("/offerings/{id}")
    @PreAuthorize("hasAnyRole('POLICY_ADMIN','UNIT_OFFICER','TALENT')")
    String offering(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        Offerings.OfferingPage page = offerings.page(user, id);
        boolean officer = user.has(Role.UNIT_OFFICER) && user.unit().isPresent();
        model.addAttribute("page", page);
        model.addAttribute("o", page.offering());
        model.addAttribute("staff", Offerings.staff(user));
        model.addAttribute("officer", officer);
        model.addAttribute("today", offerings.today());
        model.addAttribute("attendances", Enrolment.Attendance.values());
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("activeTalent", user.has(Role.TALENT) && offerings.activeTalent(user));
        model.addAttribute("mine", page.roster().stream()
                .filter(e -> user.person().filter(p -> p == e.personId()).isPresent()).findFirst().orElse(null));
        model.addAttribute("backHref", Offerings.staff(user) || officer ? "/offerings" : "/my/offerings");
        if (officer && page.offering().openToUnits() && !page.offering().signupCloses().isBefore(offerings.today())) {
            model.addAttribute("unitPeople", people.search(user, "", user.unitId()));
        }
        return "offering/offering";
    }

    @PostMapping("/offerings/{id}/enrol")
    @PreAuthorize("hasRole('TALENT')")
    String enrolSelf(@PathVariable long id, @RequestParam(required = false) String requestKey) {
        offerings.enrolSelf(users.require(), id, requestKey);
        return "redirect:/offerings/" + id + "#mine";
    }

    @PostMapping("/offerings/{id}/enrolments")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String enrolEmployee(@PathVariable long id, @RequestParam(defaultValue = "0") long personId,
            @RequestParam(required = false) String requestKey) {
        offerings.enrolEmployee(users.require(), id, personId, requestKey);
        return "redirect:/offerings/" + id + "#roster";
    }

    @PostMapping("/offerings/enrolments/{enrolmentId}/cancel")
    @PreAuthorize("hasAnyRole('POLICY_ADMIN','UNIT_OFFICER','TALENT')")
    String cancel(@PathVariable long enrolmentId) {
        Enrolment e = offerings.cancel(users.require(), enrolmentId);
        return "redirect:/offerings/" + e.offeringId() + "#roster";
    }

    @PostMapping("/offerings/enrolments/{enrolmentId}/attendance")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    String attendance(@PathVariable long enrolmentId,
            @RequestParam(required = false) Enrolment.Attendance attendance) {
        offerings.recordAttendance(users.require(), enrolmentId, attendance);
        return "redirect:/offerings/" + offerings.offeringOf(enrolmentId) + "#roster";
    }

    @GetMapping("/offerings/{id}/roster.xlsx")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    void roster(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        Offerings.OfferingPage page = offerings.page(users.require(), id);
        audit.recordChange("OFFERING_ROSTER_EXPORTED", "offering", id, "rows=" + page.roster().size());
        ExcelTable.attach(response, "offering-" + id + "-roster.xlsx");
        listing.roster(page, locale, response.getOutputStream());
    }

    @GetMapping("/my/offerings")
    @PreAuthorize("hasRole('TALENT')")
    String mine(Model model) {
        CurrentUser user = users.require();
        List<Enrolment> mine = offerings.ofTalent(user);
        model.addAttribute("enrolments", mine);
        model.addAttribute("titles", mine.stream().map(e -> offerings.find(e.offeringId()).orElseThrow()).toList());
        model.addAttribute("open", offerings.openToTalents());
        model.addAttribute("activeTalent", offerings.activeTalent(user));
        model.addAttribute("today", offerings.today());
        return "offering/mine";
    }

    @GetMapping("/unit/offerings")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String unit(Model model) {
        List<Enrolment> ours = offerings.ofUnit(users.require());
        model.addAttribute("enrolments", ours);
        model.addAttribute("titles", ours.stream().map(e -> offerings.find(e.offeringId()).orElseThrow()).toList());
        return "offering/unit";
    }

    private static Long unitScope(CurrentUser user) {
        return Offerings.staff(user) ? null : user.unit().orElse(-1L);
    }
}
