package cn.jiangxin.selection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.web.Downloads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages of selection rounds: the list of rounds (policy staff and unit officers), opening a round (staff), a
 * round with its candidates in order and why (staff see all and act; an officer sees and proposes the unit's people;
 * a talent sees their own row), the recommended list's Excel and PDF (staff), and the talent's outcomes.
 */
@Controller
class SelectionPages {

    private final SelectionRounds rounds;
    private final RoundListing listing;
    private final RecommendedList recommended;
    private final CurrentUsers users;
    private final People people;
    private final AuditTrail audit;

    SelectionPages(SelectionRounds rounds, RoundListing listing, RecommendedList recommended, CurrentUsers users,
            People people, AuditTrail audit) {
        this.rounds = rounds;
        this.listing = listing;
        this.recommended = recommended;
        this.users = users;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping("/selection")
    @PreAuthorize("hasAnyRole('POLICY_ADMIN','UNIT_OFFICER')")
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("listing", listing.page(ListQuery.parse(RoundListing.SPEC, request.getParameterMap())));
        model.addAttribute("stages", RoundListing.STAGES);
        model.addAttribute("today", rounds.today());
        model.addAttribute("staff", SelectionRounds.staff(users.require()));
        return "selection/list";
    }

    @GetMapping("/selection.xlsx")
    @PreAuthorize("hasAnyRole('POLICY_ADMIN','UNIT_OFFICER')")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(RoundListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "selection-rounds.xlsx");
        listing.export(query, locale, response.getOutputStream());
    }

    @GetMapping("/selection/new")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    String form(Model model) {
        RoundForm form = new RoundForm();
        LocalDate today = rounds.today();
        form.setYear(today.getYear());
        form.setPlaces(3);
        form.setProposalsOpen(today);
        form.setProposalsClose(today.plusDays(14));
        form.setDecideOn(today.plusDays(30));
        model.addAttribute("form", form);
        return newPage(model);
    }

    @PostMapping("/selection")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    String open(@ModelAttribute("form") RoundForm form, org.springframework.validation.BindingResult errors,
            Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("formError", true);
            return newPage(model);
        }
        return "redirect:/selection/" + rounds.open(users.require(), form.toCommand());
    }

    private String newPage(Model model) {
        model.addAttribute("purposes", rounds.purposes());
        model.addAttribute("levels", rounds.skillLevels());
        return "selection/new";
    }

    @GetMapping("/selection/{id}")
    @PreAuthorize("hasAnyRole('POLICY_ADMIN','UNIT_OFFICER','TALENT')")
    String round(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        SelectionRounds.RoundPage page = rounds.page(user, id);
        model.addAttribute("page", page);
        model.addAttribute("r", page.round());
        model.addAttribute("staff", SelectionRounds.staff(user));
        model.addAttribute("officer", user.has(Role.UNIT_OFFICER) && user.unit().isPresent());
        model.addAttribute("levels", rounds.skillLevels());
        model.addAttribute("today", rounds.today());
        model.addAttribute("backHref", user.has(Role.POLICY_ADMIN) || user.has(Role.UNIT_OFFICER) ? "/selection"
                : "/my/selection");
        if (user.has(Role.UNIT_OFFICER) && user.unit().isPresent()
                && page.stage() == Round.Stage.PROPOSING) {
            model.addAttribute("unitPeople", people.search(user, "", user.unitId()));
        }
        return "selection/round";
    }

    @PostMapping("/selection/{id}/end-proposals")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    String endProposals(@PathVariable long id) {
        rounds.endProposals(users.require(), id);
        return "redirect:/selection/" + id;
    }

    @PostMapping("/selection/{id}/proposals")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String propose(@PathVariable long id, @RequestParam(defaultValue = "0") long personId,
            @RequestParam(required = false) String trade, @RequestParam(required = false) String skillLevel,
            @RequestParam(required = false) Integer serviceYears, @RequestParam(required = false) String reason,
            @RequestParam(required = false) MultipartFile evidence) {
        rounds.propose(users.require(), id, new Proposal(personId, trade, skillLevel, serviceYears, reason), evidence);
        return "redirect:/selection/" + id + "#candidates";
    }

    @PostMapping("/selection/candidates/{candidateId}/move")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    String move(@PathVariable long candidateId, @RequestParam(defaultValue = "0") int position,
            @RequestParam(required = false) String reason) {
        rounds.move(users.require(), candidateId, position, reason);
        return back(candidateId);
    }

    @PostMapping("/selection/candidates/{candidateId}/decision")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    String decide(@PathVariable long candidateId, @RequestParam(required = false) Candidate.Decision decision,
            @RequestParam(required = false) String reason) {
        rounds.decide(users.require(), candidateId, decision, reason);
        return back(candidateId);
    }

    @PostMapping("/selection/candidates/{candidateId}/result")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    String result(@PathVariable long candidateId, @RequestParam(required = false) Candidate.Result result,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        rounds.recordResult(users.require(), candidateId, result, on);
        return back(candidateId);
    }

    @GetMapping("/selection/{id}/recommended.xlsx")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    void recommendedExcel(@PathVariable long id, HttpServletResponse response) throws IOException {
        SelectionRounds.RoundPage page = rounds.recommended(users.require(), id);
        audit.recordChange("SELECTION_LIST_EXPORTED", "selection_round", id, "xlsx rows=" + page.ranked().size());
        ExcelTable.attach(response, "recommended-" + id + ".xlsx");
        recommended.excel(page, response.getOutputStream());
    }

    @GetMapping("/selection/{id}/recommended.pdf")
    @PreAuthorize("hasRole('POLICY_ADMIN')")
    ResponseEntity<byte[]> recommendedPdf(@PathVariable long id) throws IOException {
        SelectionRounds.RoundPage page = rounds.recommended(users.require(), id);
        byte[] body = recommended.pdf(page, rounds.today());
        audit.recordChange("SELECTION_LIST_EXPORTED", "selection_round", id, "pdf rows=" + page.ranked().size());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(RecommendedList.title(page.round()) + ".pdf", StandardCharsets.UTF_8).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    @GetMapping("/selection/candidates/{candidateId}/evidence")
    @PreAuthorize("hasAnyRole('POLICY_ADMIN','UNIT_OFFICER')")
    ResponseEntity<org.springframework.core.io.Resource> evidence(@PathVariable long candidateId) {
        SelectionRounds.Evidence e = rounds.evidence(users.require(), candidateId);
        return Downloads.attachment(e.name(), e.contentType(), e.path());
    }

    @GetMapping("/my/selection")
    @PreAuthorize("hasRole('TALENT')")
    String mine(Model model) {
        List<Candidate> mine = rounds.ofTalent(users.require());
        model.addAttribute("candidates", mine);
        model.addAttribute("rounds", mine.stream().map(c -> rounds.find(c.roundId()).orElseThrow()).toList());
        return "selection/mine";
    }

    private String back(long candidateId) {
        return "redirect:/selection/" + rounds.roundOf(candidateId) + "#candidates";
    }
}
