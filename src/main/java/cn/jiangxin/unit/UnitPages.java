package cn.jiangxin.unit;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.web.BadListRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Unit pages: staff list (paged, filtered, exported) every unit, an officer is sent to their own, the administrator
 * registers.
 */
@Controller
@PreAuthorize("hasAnyRole('UNIT_OFFICER','REVIEWER','APPROVER','SYSTEM_ADMIN')")
class UnitPages {

    private static final int CHOICES = 30;
    private static final int CHOICES_TEXT = 50;

    private final Units units;
    private final UnitListing listing;
    private final CurrentUsers currentUsers;

    UnitPages(Units units, UnitListing listing, CurrentUsers currentUsers) {
        this.units = units;
        this.listing = listing;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/units")
    String list(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.parse(UnitListing.SPEC, request.getParameterMap());
        CurrentUser user = currentUsers.require();
        if (!user.seesAllUnits() && user.unit().isPresent()) {
            return "redirect:/units/" + user.unitId();
        }
        model.addAttribute("listing", listing.page(user, query));
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("districts", user.seesAllUnits() ? listing.districts() : java.util.List.of());
        return "unit/list";
    }

    /**
     * The options of a unit select for what the user typed (fragments/list :: unitFinder): "all units" (or "choose a
     * unit" where one must be chosen) and the first matches, or a note to type more when there are more.
     */
    @GetMapping("/units/choices")
    String choices(@RequestParam(defaultValue = "") String find, @RequestParam(defaultValue = "false") boolean required,
            Model model) {
        String text = find.strip();
        if (text.length() > CHOICES_TEXT) {
            throw new BadListRequest("list.error.text", "find", String.valueOf(CHOICES_TEXT));
        }
        List<UnitView> found = units.choices(currentUsers.require(), text, CHOICES);
        model.addAttribute("found", found.stream().limit(CHOICES).toList());
        model.addAttribute("more", found.size() > CHOICES);
        model.addAttribute("required", required);
        return "unit/choices :: options";
    }

    @GetMapping("/units.xlsx")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(UnitListing.SPEC, request.getParameterMap());
        CurrentUser user = currentUsers.require();
        ExcelTable.attach(response, "units.xlsx");
        listing.export(user, query, locale, response.getOutputStream());
    }

    @GetMapping("/units/new")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String newUnit(Model model) {
        model.addAttribute("form", new UnitForm());
        return form(model, null);
    }

    @PostMapping("/units")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@ModelAttribute("form") UnitForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        UnitDraft draft = form.toDraft(errors);
        if (draft == null) {
            return form(model, null);
        }
        long id = units.register(currentUsers.require(), draft);
        flash.addFlashAttribute("saved", true);
        return "redirect:/units/" + id;
    }

    @GetMapping("/units/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.require();
        UnitView unit = units.requireVisible(user, id);
        model.addAttribute("unit", unit);
        model.addAttribute("canEdit", units.canEdit(user, id));
        model.addAttribute("allUnits", user.seesAllUnits());
        return "unit/detail";
    }

    @GetMapping("/units/{id}/edit")
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SYSTEM_ADMIN')")
    String edit(@PathVariable long id, Model model) {
        UnitView unit = units.requireEditable(currentUsers.require(), id);
        model.addAttribute("form", UnitForm.of(unit));
        return form(model, unit);
    }

    @PostMapping("/units/{id}")
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SYSTEM_ADMIN')")
    String change(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        CurrentUser user = currentUsers.require();
        UnitView unit = units.requireEditable(user, id);
        UnitDraft draft = form.toDraft(errors);
        if (draft == null) {
            return form(model, unit);
        }
        units.change(user, id, draft);
        flash.addFlashAttribute("saved", true);
        return "redirect:/units/" + id;
    }

    private String form(Model model, UnitView existing) {
        model.addAttribute("unit", existing);
        model.addAttribute("allUnits", currentUsers.require().seesAllUnits());
        model.addAttribute("kinds", UnitKind.values());
        return "unit/form";
    }
}
