package cn.jiangxin.nomination;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.RuleViolationException;
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

/** The recommendation form (WF-1) for the nominating unit: edit, save as draft, resume later. */
@Controller
@PreAuthorize("hasRole('UNIT_OFFICER')")
class NominationFormController {

    private final Nominations nominations;
    private final EvidenceUploads uploads;
    private final NominationPages pages;
    private final CurrentUsers users;

    NominationFormController(Nominations nominations, EvidenceUploads uploads, NominationPages pages,
            CurrentUsers users) {
        this.nominations = nominations;
        this.uploads = uploads;
        this.pages = pages;
        this.users = users;
    }

    @GetMapping("/nominations/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) String tooLarge, Model model) {
        CurrentUser user = users.require();
        NominationView n = nominations.requireVisible(user, id);
        if (!n.state().isEditableByUnit() || !CaseScope.isOfficerOf(user, n.unitId())) {
            return "redirect:/nominations/" + id;
        }
        model.addAttribute("form", NominationForm.of(n.draft()).withBlankRow());
        if (tooLarge != null) {
            model.addAttribute("uploadError", "上传的文件超过大小上限" + uploads.limit() + "，请压缩或分页扫描后再上传");
        }
        return form(user, n, model);
    }

    @PostMapping("/nominations/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") NominationForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        CurrentUser user = users.require();
        NominationView n = nominations.requireEditable(user, id);
        if (errors.hasErrors()) {
            errors.reject("format", "请检查标出的输入项格式（名次填数字，日期按年-月-日）");
            return form(user, n, model);
        }
        try {
            nominations.save(user, id, form.toDraft(), form.evidenceMoves());
        } catch (RuleViolationException e) {
            if (e.field() != null && isFormField(e.field())) {
                errors.rejectValue(e.field(), "invalid", e.getMessage());
            } else {
                errors.reject("invalid", e.getMessage());
            }
            return form(user, n, model);
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/nominations/" + id + "/edit";
    }

    private String form(CurrentUser user, NominationView n, Model model) {
        model.addAttribute("c", pages.page(n));
        model.addAttribute("files", uploads.of(user, n.id()));
        model.addAttribute("gaps", nominations.gaps(n));
        model.addAttribute("skillLevels", SkillLevel.values());
        model.addAttribute("kinds", Achievement.Kind.values());
        model.addAttribute("competitions", Achievement.Competition.values());
        model.addAttribute("honours", Achievement.Honour.values());
        model.addAttribute("levels", Achievement.Level.values());
        model.addAttribute("maxUpload", uploads.limit());
        return "nomination/form";
    }

    private static boolean isFormField(String field) {
        return field.matches("(ethnicity|politicalStatus|education|occupation|skillLevel|accomplishments|unitOpinion"
                + "|trainingUnit)|achievements\\[\\d{1,2}]\\.(kind|competition|place|honour|studioLevel|achievedOn"
                + "|description)");
    }
}
