package cn.jiangxin.invitation;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.listimport.ImportedListSummary;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.unit.Units;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's page of a list's candidates (policy staff, administrators): the funnel, the candidates (paged, sorted,
 * filtered, Excel), inviting the chosen ones' units in one go and dismissing one with a reason.
 */
@Controller
@PreAuthorize("hasAnyRole('POLICY_ADMIN','SYSTEM_ADMIN')")
class CandidatePages {

    private final Invitations invitations;
    private final CandidateListing listing;
    private final Units units;
    private final CurrentUsers users;

    CandidatePages(Invitations invitations, CandidateListing listing, Units units, CurrentUsers users) {
        this.invitations = invitations;
        this.listing = listing;
        this.units = units;
        this.users = users;
    }

    @GetMapping("/imports/{id}/candidates")
    String candidates(@PathVariable long id, HttpServletRequest request, Model model) {
        CurrentUser user = users.require();
        ImportedListSummary list = invitations.list(user, id);
        ListQuery query = ListQuery.parse(CandidateListing.candidates(id), request.getParameterMap());
        model.addAttribute("list", list);
        model.addAttribute("funnel", invitations.funnel(user, id));
        model.addAttribute("stages", Funnel.STAGES);
        model.addAttribute("listing", listing.page(id, query));
        model.addAttribute("statuses", CandidateStatus.values());
        model.addAttribute("chosenUnit", units.chosen(user, query.id("unit")).orElse(null));
        return "invitation/candidates";
    }

    @GetMapping("/imports/{id}/candidates.xlsx")
    void export(@PathVariable long id, HttpServletRequest request, Locale locale, HttpServletResponse response)
            throws IOException {
        ImportedListSummary list = invitations.list(users.require(), id);
        ListSpec spec = CandidateListing.candidates(id);
        ListQuery query = ListQuery.parse(spec, request.getParameterMap());
        ExcelTable.attach(response, "candidates-" + id + ".xlsx");
        listing.export(id, list.source(), query, locale, response.getOutputStream());
    }

    @PostMapping("/imports/{id}/candidates/invite")
    String invite(@PathVariable long id, @RequestParam(required = false) List<Long> candidateIds,
            RedirectAttributes flash) {
        flash.addFlashAttribute("invited", invitations.invite(users.require(), id, candidateIds));
        return "redirect:/imports/" + id + "/candidates";
    }

    @PostMapping("/imports/{id}/candidates/{candidate}/dismiss")
    String dismiss(@PathVariable long id, @PathVariable long candidate, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        invitations.dismiss(users.require(), id, candidate, reason);
        flash.addFlashAttribute("dismissed", true);
        return "redirect:/imports/" + id + "/candidates";
    }
}
