package cn.jiangxin.person;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.unit.Units;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Person pages: detail with masked numbers, register, edit (the list is {@link PersonListPages}). */
@Controller
@RequestMapping("/people")
@PreAuthorize("hasAnyRole('UNIT_OFFICER','REVIEWER','APPROVER','SYSTEM_ADMIN')")
class PersonPages {

    private final People people;
    private final Units units;
    private final CurrentUsers currentUsers;
    private final java.util.List<PersonRecords> records;

    PersonPages(People people, Units units, CurrentUsers currentUsers, java.util.List<PersonRecords> records) {
        this.people = people;
        this.units = units;
        this.currentUsers = currentUsers;
        this.records = records;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SYSTEM_ADMIN')")
    String newPerson(Model model) {
        PersonForm form = new PersonForm();
        form.setUnitId(currentUsers.require().unitId());
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SYSTEM_ADMIN')")
    String create(@ModelAttribute("form") PersonForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        CurrentUser user = currentUsers.require();
        if (!user.seesAllUnits()) {
            form.setUnitId(user.unitId());
        }
        PersonDraft draft = form.toDraft(errors, people.today(), null);
        if (draft == null) {
            return form(model, null);
        }
        long id = people.register(user, draft);
        flash.addFlashAttribute("saved", true);
        return "redirect:/people/" + id;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.require();
        PersonView person = people.requireVisible(user, id);
        model.addAttribute("person", person);
        model.addAttribute("unit", units.find(person.unitId()).orElseThrow());
        model.addAttribute("canEdit", people.canRegisterIn(user, person.unitId()));
        model.addAttribute("canReveal", user.has(Role.REVIEWER) || user.has(Role.APPROVER));
        model.addAttribute("records", records.stream().flatMap(r -> r.of(id).stream()).toList());
        return "person/detail";
    }

    /** Shows the full numbers once, never cached; POST so that no prefetch or link reveals them. */
    @PostMapping("/{id}/reveal")
    @PreAuthorize("hasAnyRole('REVIEWER','APPROVER')")
    String reveal(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, HttpServletResponse response) {
        People.Revealed revealed = people.reveal(currentUsers.require(), id);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("revealed", revealed);
        if (htmx != null) {
            return "person/detail :: numbers";
        }
        detail(id, model);
        return "person/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SYSTEM_ADMIN')")
    String edit(@PathVariable long id, Model model) {
        PersonView person = people.requireEditable(currentUsers.require(), id);
        model.addAttribute("form", PersonForm.of(person));
        return form(model, person);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SYSTEM_ADMIN')")
    String change(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        CurrentUser user = currentUsers.require();
        PersonView person = people.requireEditable(user, id);
        if (!user.seesAllUnits()) {
            form.setUnitId(user.unitId());
        }
        PersonDraft draft = form.toDraft(errors, people.today(), person);
        if (draft == null) {
            return form(model, person);
        }
        people.change(user, id, draft);
        flash.addFlashAttribute("saved", true);
        return "redirect:/people/" + id;
    }

    private String form(Model model, PersonView existing) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("person", existing);
        // who sees every unit picks one by typing (there may be thousands); an officer has their own unit only
        Object form = model.getAttribute("form");
        Long chosen = form instanceof PersonForm f ? f.getUnitId() : null;
        model.addAttribute("findUnit", user.seesAllUnits());
        model.addAttribute("units", user.seesAllUnits()
                ? units.chosen(user, java.util.Optional.ofNullable(chosen)).stream().toList()
                : units.search(user, "").stream().filter(u -> units.canEdit(user, u.id())).toList());
        return "person/form";
    }
}
