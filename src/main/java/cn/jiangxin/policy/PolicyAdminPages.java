package cn.jiangxin.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import java.io.IOException;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.RuleViolationException;
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

/** Policy staff list (paged, filtered, exported), open, copy, edit, compare and publish policy versions. */
@Controller
@PreAuthorize("hasRole('POLICY_ADMIN')")
class PolicyAdminPages {

    static final String PARAM = "param:";

    private final PolicyAdministration admin;
    private final PolicyListing listing;
    private final CurrentUsers users;

    PolicyAdminPages(PolicyAdministration admin, PolicyListing listing, CurrentUsers users) {
        this.admin = admin;
        this.listing = listing;
        this.users = users;
    }

    @GetMapping("/policies")
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("listing", listing.page(ListQuery.parse(PolicyListing.SPEC, request.getParameterMap())));
        model.addAttribute("codes", admin.codes());
        model.addAttribute("statuses", VersionStatus.values());
        return "policy/list";
    }

    @GetMapping("/policies.xlsx")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(PolicyListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "policy-versions.xlsx");
        listing.export(query, locale, response.getOutputStream());
    }

    @GetMapping("/policies/{code}")
    String show(@PathVariable("code") String code, Model model) {
        model.addAttribute("version", admin.open(code));
        model.addAttribute("latestEffectiveFrom", admin.latestEffectiveFrom());
        return "policy/show";
    }

    @PostMapping("/policies/{code}/copy")
    String copy(@PathVariable("code") String code, @RequestParam(name = "newCode", defaultValue = "") String newCode,
                @RequestParam(name = "title", defaultValue = "") String title, RedirectAttributes flash) {
        StoredVersion draft = admin.copyToDraft(code, newCode, title, users.require().username());
        flash.addFlashAttribute("message", "policy.copied");
        return "redirect:/policies/" + draft.code() + "/edit";
    }

    @GetMapping("/policies/{code}/edit")
    String edit(@PathVariable("code") String code, Model model) {
        StoredVersion v = admin.open(code);
        if (v.published()) {
            return "redirect:/policies/" + code;
        }
        Map<String, String> values = new LinkedHashMap<>();
        v.pack().parameters().forEach((k, p) -> values.put(k, p.value()));
        return editPage(v, v.title(), values, Map.of(), model);
    }

    @PostMapping("/policies/{code}/edit")
    String save(@PathVariable("code") String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith(PARAM)) {
                values.put(k.substring(PARAM.length()), v);
            }
        });
        String title = form.getOrDefault("title", "");
        Map<String, String> problems = admin.updateDraft(code, title, values);
        if (!problems.isEmpty()) {
            model.addAttribute("invalid", true);
            return editPage(admin.open(code), title, values, problems, model);
        }
        flash.addFlashAttribute("message", "policy.saved");
        return "redirect:/policies/" + code;
    }

    @PostMapping("/policies/{code}/publish")
    String publish(@PathVariable("code") String code, @RequestParam(name = "effectiveFrom", defaultValue = "") String effectiveFrom,
                   RedirectAttributes flash) {
        admin.publish(code, date(effectiveFrom), users.require().username());
        flash.addFlashAttribute("message", "policy.published");
        return "redirect:/policies/" + code;
    }

    @GetMapping("/policies/diff")
    String diff(@RequestParam("left") String left, @RequestParam("right") String right, Model model) {
        model.addAttribute("diff", admin.diff(left, right));
        return "policy/diff";
    }

    private static LocalDate date(String typed) {
        try {
            return typed.isBlank() ? null : LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("effectiveFrom", "policy.error.date");
        }
    }

    private String editPage(StoredVersion v, String title, Map<String, String> values, Map<String, String> problems, Model model) {
        model.addAttribute("version", v);
        model.addAttribute("title", title);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("definitions", ParameterCatalogue.all());
        return "policy/edit";
    }
}
