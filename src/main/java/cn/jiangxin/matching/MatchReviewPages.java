package cn.jiangxin.matching;

import java.io.IOException;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.listimport.ImportKind;
import cn.jiangxin.listimport.ImportedEntries;
import cn.jiangxin.listimport.ImportedListSummary;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
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
 * The staff's review of matching (policy staff and administrators): a list's match results
 * ({@code /imports/{id}/matches}, below the list's page {@code /imports/{id}}) and every list's ({@code /matches},
 * the to-do's list of matches waiting for confirmation), each with its Excel export; confirming a waiting match as
 * one of its possible people, or rejecting it with a reason.
 */
@Controller
@PreAuthorize("hasAnyRole('POLICY_ADMIN','SYSTEM_ADMIN')")
class MatchReviewPages {

    private final MatchListing listing;
    private final MatchReviews reviews;
    private final ImportedEntries entries;
    private final CurrentUsers users;

    MatchReviewPages(MatchListing listing, MatchReviews reviews, ImportedEntries entries, CurrentUsers users) {
        this.listing = listing;
        this.reviews = reviews;
        this.entries = entries;
        this.users = users;
    }

    @GetMapping("/matches")
    String all(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.parse(MatchListing.ALL, request.getParameterMap());
        model.addAttribute("listing", listing.page(query, null));
        return page(model, null);
    }

    @GetMapping("/matches.xlsx")
    void exportAll(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(MatchListing.ALL, request.getParameterMap());
        ExcelTable.attach(response, "matches.xlsx");
        listing.export(query, null, locale, response.getOutputStream());
    }

    @GetMapping("/imports/{id}/matches")
    String ofList(@PathVariable long id, HttpServletRequest request, Model model) {
        ImportedListSummary list = list(id);
        ListQuery query = ListQuery.parse(MatchListing.ofList(id), request.getParameterMap());
        model.addAttribute("listing", listing.page(query, id));
        return page(model, list);
    }

    @GetMapping("/imports/{id}/matches.xlsx")
    void exportList(@PathVariable long id, HttpServletRequest request, Locale locale, HttpServletResponse response)
            throws IOException {
        list(id);
        ListQuery query = ListQuery.parse(MatchListing.ofList(id), request.getParameterMap());
        ExcelTable.attach(response, "matches-" + id + ".xlsx");
        listing.export(query, id, locale, response.getOutputStream());
    }

    @PostMapping("/imports/{id}/matches/{entryId}/confirm")
    String confirm(@PathVariable long id, @PathVariable long entryId, @RequestParam long person,
            @RequestParam(required = false) String back, RedirectAttributes flash) {
        reviews.confirm(entryId, person, users.require());
        flash.addFlashAttribute("decided", "matching.confirmed");
        return "redirect:" + backTo(id, back);
    }

    @PostMapping("/imports/{id}/matches/{entryId}/reject")
    String reject(@PathVariable long id, @PathVariable long entryId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back, RedirectAttributes flash) {
        reviews.reject(entryId, reason, users.require());
        flash.addFlashAttribute("decided", "matching.rejected");
        return "redirect:" + backTo(id, back);
    }

    private String page(Model model, ImportedListSummary list) {
        CurrentUser user = users.require();
        model.addAttribute("list", list);
        model.addAttribute("listKind", list == null ? null : kindWords(list.kind()));
        model.addAttribute("decisions", MatchListing.DECISIONS);
        model.addAttribute("outcomes", MatchListing.OUTCOMES);
        // the person module's registration page is for administrators (and unit officers); it takes no pre-filled
        // name or unit, so the proposed person's name and unit are shown beside the link
        model.addAttribute("canRegister", user.has(Role.SYSTEM_ADMIN));
        return "matching/matches";
    }

    /** The message key of what a list holds, in words (竞赛成绩名单). */
    static String kindWords(ImportKind kind) {
        return "matching.kind." + kind.name();
    }

    private ImportedListSummary list(long id) {
        return entries.list(id).orElseThrow(() -> new NotFoundException("imported list " + id));
    }

    /** Back to the list the decision was taken on (its filters and page), never elsewhere. */
    static String backTo(long listId, String back) {
        String own = MatchListing.ofList(listId).path();
        if (back != null && !back.contains("//") && !back.contains("\\") && !back.contains("..")
                && (back.equals(own) || back.startsWith(own + "?") || back.equals(MatchListing.ALL.path())
                        || back.startsWith(MatchListing.ALL.path() + "?"))) {
            return back;
        }
        return own;
    }
}
