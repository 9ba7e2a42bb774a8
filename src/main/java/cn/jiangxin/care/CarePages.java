package cn.jiangxin.care;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Bureau's holiday-care pages (policy staff, reviewers, approvers): the rounds (paged, Excel), planning one, a
 * round with its due talents and visits (adding, assigning, the visits' Excel, audited), and a visit to record as
 * made or not reached.
 */
@Controller
class CarePages {

    private static final String STAFF = "hasAnyRole('POLICY_ADMIN','REVIEWER','APPROVER')";
    private static final String ISO = "yyyy-MM-dd";

    private final CareRounds rounds;
    private final CareListing listing;
    private final CurrentUsers users;
    private final AuditTrail audit;

    CarePages(CareRounds rounds, CareListing listing, CurrentUsers users, AuditTrail audit) {
        this.rounds = rounds;
        this.listing = listing;
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/care/rounds")
    @PreAuthorize(STAFF)
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("listing", listing.page(ListQuery.parse(CareListing.SPEC, request.getParameterMap())));
        model.addAttribute("occasions", Occasion.values());
        model.addAttribute("stages", CareListing.STAGES);
        return "care/rounds";
    }

    @GetMapping("/care/rounds.xlsx")
    @PreAuthorize(STAFF)
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(CareListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "care-rounds.xlsx");
        listing.export(query, locale, response.getOutputStream());
    }

    @GetMapping("/care/rounds/new")
    @PreAuthorize(STAFF)
    String form(Model model) {
        LocalDate today = rounds.today();
        model.addAttribute("occasions", Occasion.values());
        model.addAttribute("from", today);
        model.addAttribute("to", today.plusDays(14));
        return "care/new";
    }

    @PostMapping("/care/rounds")
    @PreAuthorize(STAFF)
    String plan(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Occasion occasion,
            @RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate to,
            @RequestParam(defaultValue = "") String note) {
        return "redirect:/care/rounds/" + rounds.plan(users.require(), new NewRound(name, occasion, from, to, note));
    }

    @GetMapping("/care/rounds/{id}")
    @PreAuthorize(STAFF)
    String round(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        CareRound round = rounds.round(user, id);
        List<CareVisit> visits = rounds.visits(user, id);
        model.addAttribute("round", round);
        model.addAttribute("due", round.to().isBefore(rounds.today()) ? List.of() : rounds.due(user, id));
        model.addAttribute("ended", round.to().isBefore(rounds.today()));
        model.addAttribute("visits", visits);
        model.addAttribute("planned", visits.stream().anyMatch(CareVisit::planned));
        model.addAttribute("staffAccounts", rounds.staffAccounts());
        model.addAttribute("today", rounds.today());
        return "care/round";
    }

    @PostMapping("/care/rounds/{id}/add")
    @PreAuthorize(STAFF)
    String add(@PathVariable long id, @RequestParam(required = false) List<Long> personIds,
            @RequestParam(defaultValue = "false") boolean all) {
        CurrentUser user = users.require();
        if (all) {
            rounds.addAllDue(user, id);
        } else {
            rounds.add(user, id, personIds);
        }
        return "redirect:/care/rounds/" + id + "#visits";
    }

    @PostMapping("/care/rounds/{id}/assign")
    @PreAuthorize(STAFF)
    String assign(@PathVariable long id, @RequestParam(required = false) List<Long> visitIds,
            @RequestParam(required = false) Long visitorAccount, @RequestParam(defaultValue = "") String team,
            @RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate plannedOn) {
        rounds.assign(users.require(), id, visitIds, new Assignment(visitorAccount, team, plannedOn));
        return "redirect:/care/rounds/" + id + "#visits";
    }

    @GetMapping("/care/rounds/{id}/visits.xlsx")
    @PreAuthorize(STAFF)
    void visits(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        CurrentUser user = users.require();
        CareRound round = rounds.round(user, id);
        List<CareVisit> visits = rounds.visits(user, id);
        audit.recordChange("CARE_VISITS_EXPORTED", "care_round", id, "rows=" + visits.size());
        ExcelTable.attach(response, "care-round-" + id + "-visits.xlsx");
        listing.visits(round, visits, locale, response.getOutputStream());
    }

    @GetMapping("/care/visits/{id}")
    @PreAuthorize(STAFF)
    String visit(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        CareVisit visit = rounds.visit(user, id);
        model.addAttribute("visit", visit);
        model.addAttribute("round", rounds.round(user, visit.roundId()));
        model.addAttribute("today", rounds.today());
        model.addAttribute("standing", rounds.holidayCare(visit.personId()).orElse(null));
        return "care/visit";
    }

    @PostMapping("/care/visits/{id}/record")
    @PreAuthorize(STAFF)
    String record(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(pattern = ISO) LocalDate visitedOn,
            @RequestParam(defaultValue = "") String visitedBy, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String gifts) {
        CareVisit v = rounds.record(users.require(), id, new VisitReport(visitedOn, visitedBy, note, gifts));
        return "redirect:/care/rounds/" + v.roundId() + "#visit-" + v.id();
    }

    @PostMapping("/care/visits/{id}/not-reached")
    @PreAuthorize(STAFF)
    String notReached(@PathVariable long id, @RequestParam(defaultValue = "") String why) {
        CareVisit v = rounds.notReached(users.require(), id, why);
        return "redirect:/care/rounds/" + v.roundId() + "#visit-" + v.id();
    }
}
