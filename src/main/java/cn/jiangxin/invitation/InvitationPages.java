package cn.jiangxin.invitation;

import java.io.IOException;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.policy.Competition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unit officer's invitations (推荐邀请): the list (paged, sorted, filtered, Excel), one invitation with its
 * pre-filled recommendation (person, achievement in words, the list as evidence reference), 确认推荐 — which opens the
 * case and goes on to its form — and declining with a reason.
 */
@Controller
@PreAuthorize("hasRole('UNIT_OFFICER')")
class InvitationPages {

    private final Invitations invitations;
    private final CandidateListing listing;
    private final CurrentUsers users;

    InvitationPages(Invitations invitations, CandidateListing listing, CurrentUsers users) {
        this.invitations = invitations;
        this.listing = listing;
        this.users = users;
    }

    @GetMapping(CandidateListing.INVITATIONS_PATH)
    String list(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.parse(CandidateListing.INVITATIONS, request.getParameterMap());
        model.addAttribute("listing", listing.invitations(unitOf(users.require()), query));
        model.addAttribute("states", InvitationRow.State.values());
        return "invitation/invitations";
    }

    @GetMapping(CandidateListing.INVITATIONS_PATH + ".xlsx")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(CandidateListing.INVITATIONS, request.getParameterMap());
        long unit = unitOf(users.require());
        ExcelTable.attach(response, "invitations.xlsx");
        listing.exportInvitations(unit, query, locale, response.getOutputStream());
    }

    @GetMapping("/invitations/{id}")
    String invitation(@PathVariable long id, Model model) {
        InvitationRow invitation = invitations.invitation(users.require(), id);
        model.addAttribute("invitation", invitation);
        model.addAttribute("evidence", invitations.evidenceOf(invitation));
        model.addAttribute("competition", Competition.ofCode(invitation.competition()).orElse(null));
        return "invitation/invitation";
    }

    @PostMapping("/invitations/{id}/accept")
    String accept(@PathVariable long id) {
        return "redirect:/nominations/" + invitations.accept(users.require(), id) + "/edit";
    }

    @PostMapping("/invitations/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(defaultValue = "") String reason) {
        invitations.decline(users.require(), id, reason);
        return "redirect:/invitations/" + id;
    }

    private static long unitOf(CurrentUser user) {
        return user.unit().orElseThrow(() -> new NotFoundException("unit of " + user.username()));
    }
}
