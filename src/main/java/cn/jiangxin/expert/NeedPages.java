package cn.jiangxin.expert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff's pages of needs: the list, a new need, a need with its draw (commit, co-sign, the commitment and the
 * result, answers and engagements), and the auditor's page that recomputes a draw.
 */
@Controller
class NeedPages {

    private final ExpertNeeds needs;
    private final ExpertPool pool;
    private final NeedStore store;
    private final NeedListing listing;
    private final Parties parties;
    private final CurrentUsers users;
    private final AccountDirectory accounts;

    NeedPages(ExpertNeeds needs, ExpertPool pool, NeedStore store, NeedListing listing, Parties parties,
            CurrentUsers users, AccountDirectory accounts) {
        this.accounts = accounts;
        this.needs = needs;
        this.pool = pool;
        this.store = store;
        this.listing = listing;
        this.parties = parties;
        this.users = users;
    }

    @GetMapping("/experts/needs")
    @PreAuthorize(ExpertDesk.STAFF)
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("listing", listing.page(ListQuery.parse(NeedListing.SPEC, request.getParameterMap())));
        model.addAttribute("roles", ExpertRole.values());
        model.addAttribute("states", List.of(Need.OPEN, Need.COMMITTED, Need.DRAWN));
        return "expert/needs";
    }

    @GetMapping("/experts/needs.xlsx")
    @PreAuthorize(ExpertDesk.STAFF)
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(NeedListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "expert-needs.xlsx");
        listing.export(users.require(), query, locale, response.getOutputStream());
    }

    @GetMapping("/experts/needs/new")
    @PreAuthorize(ExpertDesk.STAFF)
    String create(Model model) {
        model.addAttribute("form", new NeedForm());
        model.addAttribute("roles", ExpertRole.values());
        return "expert/need-form";
    }

    @PostMapping("/experts/needs/new")
    @PreAuthorize(ExpertDesk.STAFF)
    String create(@ModelAttribute("form") NeedForm form) {
        CurrentUser user = users.require();
        return "redirect:/experts/needs/" + needs.create(user, form.draft(user, parties));
    }

    @GetMapping("/experts/needs/{id}")
    @PreAuthorize(ExpertDesk.STAFF)
    String need(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        Need need = needs.require(id);
        Draw draw = store.draw(id).orElse(null);
        model.addAttribute("need", need);
        model.addAttribute("draw", draw);
        model.addAttribute("staff", staffNames(need, draw));
        model.addAttribute("units", parties.unitNames(need.concernedUnits()).values());
        model.addAttribute("people", parties.peopleNames(need.concernedPeople()).values());
        model.addAttribute("window", needs.window());
        model.addAttribute("today", needs.today());
        model.addAttribute("canCosign", draw != null && !draw.drawn() && draw.committedByAccount() != user.accountId());
        boolean sees = needs.seesDrawnList(user, need);
        model.addAttribute("seesList", sees);
        if (sees) {
            model.addAttribute("assignments", store.assignments(id));
        }
        if (draw == null && sees) {
            model.addAttribute("screening", needs.screen(need));
        }
        return "expert/need";
    }

    @PostMapping("/experts/needs/{id}/draw")
    @PreAuthorize(ExpertDesk.STAFF)
    String draw(@PathVariable long id) {
        needs.commit(users.require(), id);
        return "redirect:/experts/needs/" + id;
    }

    @PostMapping("/experts/needs/{id}/cosign")
    @PreAuthorize(ExpertDesk.STAFF)
    String cosign(@PathVariable long id) {
        needs.cosign(users.require(), id);
        return "redirect:/experts/needs/" + id;
    }

    /** The auditor's page: the stored commitment, snapshot and revealed seed, and a form to recompute from them. */
    @GetMapping("/experts/needs/{id}/verify")
    @PreAuthorize(ExpertDesk.AUDITORS)
    String verify(@PathVariable long id, Model model) {
        Need need = needs.require(id);
        Draw draw = store.draw(id).orElseThrow(() -> new NotFoundException("draw of need " + id));
        model.addAttribute("need", need);
        model.addAttribute("draw", draw);
        model.addAttribute("recorded", draw.result() == null ? List.of() : java.util.Arrays.stream(draw.result()
                .split(",")).filter(x -> !x.isBlank()).map(Long::valueOf).toList());
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        pool.all().forEach(e -> names.put(e.id(), e.name()));
        model.addAttribute("names", names);
        return "expert/verify";
    }

    /** Recomputes from what the auditor sent (the stored values, or their own copies) and compares. */
    @PostMapping("/experts/needs/{id}/verify")
    @PreAuthorize(ExpertDesk.AUDITORS)
    String recompute(@PathVariable long id, @RequestParam(defaultValue = "") String seed,
            @RequestParam(defaultValue = "") String snapshot, Model model) {
        verify(id, model);
        Draw draw = (Draw) model.getAttribute("draw");
        String text = snapshot.replace("\r\n", "\n").strip();
        String typedSeed = seed.strip();
        model.addAttribute("typedSeed", typedSeed);
        model.addAttribute("typedSnapshot", text);
        model.addAttribute("seedHash", VerifiableDraw.sm3(typedSeed));
        model.addAttribute("snapshotHash", VerifiableDraw.sm3(text));
        try {
            VerifiableDraw.Outcome outcome = VerifiableDraw.draw(typedSeed, text);
            String result = outcome.all().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","));
            @SuppressWarnings("unchecked")
            java.util.Map<Long, String> names = (java.util.Map<Long, String>) model.getAttribute("names");
            model.addAttribute("outcome", outcome);
            model.addAttribute("drawnNames", outcome.drawn().stream().map(x -> names.getOrDefault(x, "#" + x)).toList());
            model.addAttribute("reserveNames", outcome.reserves().stream().map(x -> names.getOrDefault(x, "#" + x))
                    .toList());
            model.addAttribute("resultMatches", result.equals(draw.result()));
        } catch (IllegalArgumentException e) {
            model.addAttribute("unreadable", true);
        }
        model.addAttribute("seedMatches", VerifiableDraw.sm3(typedSeed).equals(draw.seedHash()));
        model.addAttribute("snapshotMatches", VerifiableDraw.sm3(text).equals(draw.snapshotHash()));
        return "expert/verify";
    }

    /** The names of the staff who created the need, committed and co-signed its draw (a page shows names, not logins). */
    private Map<Long, String> staffNames(Need need, Draw draw) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = new ArrayList<>(List.of(need.createdByAccount()));
        if (draw != null) {
            ids.add(draw.committedByAccount());
            if (draw.cosignedByAccount() != null) {
                ids.add(draw.cosignedByAccount());
            }
        }
        ids.forEach(id -> accounts.ofAccount(id).ifPresent(c -> names.put(id, c.displayName())));
        return names;
    }
}
