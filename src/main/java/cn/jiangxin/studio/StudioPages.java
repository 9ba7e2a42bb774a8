package cn.jiangxin.studio;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.web.Downloads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Bureau's studio pages: the list ({@code /studios}, the review queue first) and its Excel, and a studio's page
 * ({@code /studios/{id}}) with its application, steps and assessments and the actions the user may take — review,
 * name, reject, return, revoke, schedule, score and confirm. The unit's officers and the leader see the same page
 * without the actions.
 */
@Controller
class StudioPages {

    private final Studios studios;
    private final StudioAssessments assessments;
    private final StudioListing listing;
    private final CurrentUsers users;

    StudioPages(Studios studios, StudioAssessments assessments, StudioListing listing, CurrentUsers users) {
        this.studios = studios;
        this.assessments = assessments;
        this.listing = listing;
        this.users = users;
    }

    @GetMapping("/studios")
    @PreAuthorize("hasAnyRole('REVIEWER','APPROVER')")
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("listing", listing.page(ListQuery.parse(StudioListing.STAFF, request.getParameterMap()),
                null));
        addChoices(model);
        model.addAttribute("unitView", false);
        return "studio/list";
    }

    static void addChoices(Model model) {
        model.addAttribute("states", StudioListing.STATES);
        model.addAttribute("types", StudioListing.TYPES);
        model.addAttribute("assessmentStates", StudioListing.ASSESSMENTS);
    }

    @GetMapping("/studios.xlsx")
    @PreAuthorize("hasAnyRole('REVIEWER','APPROVER')")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(StudioListing.STAFF, request.getParameterMap());
        ExcelTable.attach(response, "studios.xlsx");
        listing.export(query, null, locale, response.getOutputStream());
    }

    @GetMapping("/studios/{id}")
    @PreAuthorize("hasAnyRole('REVIEWER','APPROVER','UNIT_OFFICER','TALENT')")
    String studio(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        Studios.StudioCase c = studios.visible(user, id);
        model.addAttribute("c", c);
        model.addAttribute("s", c.studio());
        model.addAttribute("reviewer", user.has(Role.REVIEWER));
        model.addAttribute("approver", user.has(Role.APPROVER));
        model.addAttribute("staff", Studios.staff(user));
        model.addAttribute("owner", user.has(Role.UNIT_OFFICER) && user.unit().isPresent());
        model.addAttribute("me", user.accountId());
        model.addAttribute("scheme", assessments.schemeToday());
        Map<Long, AssessmentScheme> schemes = new LinkedHashMap<>();
        c.assessments().forEach(a -> schemes.put(a.id(), assessments.schemeOf(a)));
        model.addAttribute("schemes", schemes);
        model.addAttribute("nextPeriod", String.valueOf(studios.today().getYear()));
        String back = Studios.staff(user) ? "/studios" : user.has(Role.UNIT_OFFICER) ? "/unit/studios" : "/my/studios";
        model.addAttribute("backHref", back);
        model.addAttribute("backLabel", Studios.staff(user) ? "studio.title" : user.has(Role.UNIT_OFFICER)
                ? "studio.unit.title" : "studio.mine.title");
        return "studio/studio";
    }

    @GetMapping("/studios/{id}/evidence")
    @PreAuthorize("hasAnyRole('REVIEWER','APPROVER','UNIT_OFFICER','TALENT')")
    ResponseEntity<org.springframework.core.io.Resource> evidence(@PathVariable long id) {
        Studios.Evidence e = studios.evidence(users.require(), id);
        return Downloads.attachment(e.name(), e.contentType(), e.path());
    }

    @PostMapping("/studios/{id}/pass")
    @PreAuthorize("hasRole('REVIEWER')")
    String pass(@PathVariable long id) {
        studios.pass(users.require(), id);
        return back(id);
    }

    @PostMapping("/studios/{id}/return")
    @PreAuthorize("hasAnyRole('REVIEWER','APPROVER')")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String reason) {
        studios.sendBack(users.require(), id, reason);
        return back(id);
    }

    @PostMapping("/studios/{id}/reject")
    @PreAuthorize("hasRole('APPROVER')")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason) {
        studios.reject(users.require(), id, reason);
        return back(id);
    }

    @PostMapping("/studios/{id}/name")
    @PreAuthorize("hasRole('APPROVER')")
    String name(@PathVariable long id, @RequestParam(required = false) String period) {
        studios.name(users.require(), id, period);
        return back(id);
    }

    @PostMapping("/studios/{id}/revoke")
    @PreAuthorize("hasRole('APPROVER')")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason) {
        studios.revoke(users.require(), id, reason);
        return back(id);
    }

    @PostMapping("/studios/{id}/assessments")
    @PreAuthorize("hasAnyRole('REVIEWER','APPROVER')")
    String schedule(@PathVariable long id, @RequestParam(required = false) String period) {
        studios.scheduleAssessment(users.require(), id, period);
        return back(id) + "#assessments";
    }

    @PostMapping("/studios/{id}/assessments/{assessmentId}/score")
    @PreAuthorize("hasRole('REVIEWER')")
    String score(@PathVariable long id, @PathVariable long assessmentId,
            @RequestParam Map<String, String> parameters) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        parameters.forEach((k, v) -> {
            if (k.startsWith("score_")) {
                try {
                    scores.put(k.substring("score_".length()), Integer.valueOf(v.strip()));
                } catch (NumberFormatException notAWholeNumber) {
                    throw new RuleViolationException(k, "studio.error.score");
                }
            }
        });
        assessments.score(users.require(), owned(id, assessmentId), scores);
        return back(id) + "#assessments";
    }

    @PostMapping("/studios/{id}/assessments/{assessmentId}/confirm")
    @PreAuthorize("hasRole('APPROVER')")
    String confirm(@PathVariable long id, @PathVariable long assessmentId) {
        assessments.confirm(users.require(), owned(id, assessmentId));
        return back(id) + "#assessments";
    }

    @PostMapping("/studios/{id}/assessments/{assessmentId}/return")
    @PreAuthorize("hasRole('APPROVER')")
    String sendScoresBack(@PathVariable long id, @PathVariable long assessmentId,
            @RequestParam(required = false) String reason) {
        assessments.sendBack(users.require(), owned(id, assessmentId), reason);
        return back(id) + "#assessments";
    }

    /** The assessment, when it is one of the studio's (else 404). */
    private long owned(long studioId, long assessmentId) {
        boolean ours = studios.visible(users.require(), studioId).assessments().stream()
                .anyMatch(a -> a.id() == assessmentId);
        if (!ours) {
            throw new cn.jiangxin.platform.NotFoundException("studio assessment " + assessmentId);
        }
        return assessmentId;
    }

    private static String back(long id) {
        return "redirect:/studios/" + id;
    }
}
