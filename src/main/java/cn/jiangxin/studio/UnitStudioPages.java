package cn.jiangxin.studio;

import java.io.IOException;
import java.util.Locale;

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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A unit's studio pages ({@code /unit/studios}): the unit's studios and applications with their latest assessment and
 * funding, the application form, and the form to change a returned application and submit it again.
 */
@Controller
class UnitStudioPages {

    private final Studios studios;
    private final StudioListing listing;
    private final CurrentUsers users;

    UnitStudioPages(Studios studios, StudioListing listing, CurrentUsers users) {
        this.studios = studios;
        this.listing = listing;
        this.users = users;
    }

    @GetMapping("/unit/studios")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("listing", listing.page(ListQuery.parse(StudioListing.UNIT, request.getParameterMap()),
                unitOf(users.require())));
        StudioPages.addChoices(model);
        model.addAttribute("unitView", true);
        return "studio/list";
    }

    @GetMapping("/unit/studios.xlsx")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(StudioListing.UNIT, request.getParameterMap());
        long unit = unitOf(users.require());
        ExcelTable.attach(response, "unit-studios.xlsx");
        listing.export(query, unit, locale, response.getOutputStream());
    }

    @GetMapping("/unit/studios/new")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String form(Model model) {
        StudioForm form = new StudioForm();
        form.setType(StudioType.SKILL_MASTER);
        model.addAttribute("form", form);
        return formPage(model, null);
    }

    @PostMapping("/unit/studios")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String apply(@ModelAttribute("form") StudioForm form, BindingResult errors,
            @RequestParam(required = false) MultipartFile evidence, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("formError", true);
            return formPage(model, null);
        }
        long id = studios.apply(users.require(), form.toApplication(), evidence);
        return "redirect:/studios/" + id;
    }

    @GetMapping("/unit/studios/{id}/edit")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String edit(@PathVariable long id, Model model) {
        Studio s = studios.visible(users.require(), id).studio();
        if (s.state() != StudioState.RETURNED) {
            throw new NotFoundException("returned studio application " + id);
        }
        model.addAttribute("form", StudioForm.of(s));
        return formPage(model, s);
    }

    @PostMapping("/unit/studios/{id}")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    String resubmit(@PathVariable long id, @ModelAttribute("form") StudioForm form, BindingResult errors,
            @RequestParam(required = false) MultipartFile evidence, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("formError", true);
            return formPage(model, studios.visible(users.require(), id).studio());
        }
        studios.resubmit(users.require(), id, form.toApplication(), evidence);
        return "redirect:/studios/" + id;
    }

    private String formPage(Model model, Studio returned) {
        model.addAttribute("people", studios.unitPeople(users.require()));
        model.addAttribute("types", StudioType.values());
        model.addAttribute("returned", returned);
        return "studio/apply";
    }

    private static long unitOf(CurrentUser user) {
        return user.unit().orElseThrow(() -> new NotFoundException("unit studios"));
    }
}
