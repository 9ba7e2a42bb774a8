package cn.jiangxin.nomination;

import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.evidence.StoredFile;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.UnitChoices;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.RetirementCategory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recommendation form (WF-1) for the nominating unit: edit, save as draft, resume later, upload files. */
@Controller
@PreAuthorize("hasRole('UNIT_OFFICER')")
class NominationFormPages {

    private final Nominations nominations;
    private final EvidenceUploads uploads;
    private final NominationPages pages;
    private final CurrentUsers users;
    private final CaseEligibility eligibility;
    private final CaseReview review;
    private final AchievementWords words;
    private final UnitChoices unitChoices;
    private final ConversionService conversions;
    private final MessageSource messages;

    NominationFormPages(Nominations nominations, EvidenceUploads uploads, NominationPages pages,
            CurrentUsers users, CaseEligibility eligibility, CaseReview review, AchievementWords words,
            UnitChoices unitChoices, @Qualifier("mvcConversionService") ConversionService conversions,
            MessageSource messages) {
        this.nominations = nominations;
        this.uploads = uploads;
        this.pages = pages;
        this.users = users;
        this.eligibility = eligibility;
        this.review = review;
        this.words = words;
        this.unitChoices = unitChoices;
        this.conversions = conversions;
        this.messages = messages;
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

    /**
     * Saves the draft. {@code after} says what the officer wanted besides: {@code row}, a further achievement row (the
     * page's script adds one without leaving the page; without it the saved form comes back with a blank row, and the
     * page goes to it), or {@code submit}, the confirmation of the submission.
     */
    @PostMapping("/nominations/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") NominationForm form, BindingResult errors,
            @RequestParam(required = false) String after, Model model, RedirectAttributes flash) {
        CurrentUser user = users.require();
        NominationView n = nominations.requireEditable(user, id);
        if (!saved(user, n, form, errors)) {
            return form(user, n, model);
        }
        if ("submit".equals(after)) {
            return "redirect:/nominations/" + id + "/submit";
        }
        flash.addFlashAttribute("saved", true);
        if ("row".equals(after)) {
            return "redirect:/nominations/" + id + "/edit#achievement-" + form.toDraft().achievements().size();
        }
        return "redirect:/nominations/" + id + "/edit";
    }

    /**
     * Uploads evidence, the stamped form or the photo. From the page, what was typed comes along ({@code draft}, the
     * form URL-encoded by the page's script) and is saved first, so that leaving the page for the upload loses
     * nothing; {@code achievement} is then the form's row. A form that cannot be saved comes back with its errors, as typed,
     * and the file is not taken.
     */
    @PostMapping("/nominations/{id}/files")
    String upload(@PathVariable long id, @RequestParam(required = false) FileCategory kind,
            @RequestParam(required = false) Integer achievement, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String draft, Model model, RedirectAttributes flash) {
        CurrentUser user = users.require();
        Integer index = achievement;
        if (draft != null) {
            NominationView n = nominations.requireEditable(user, id);
            BindingResult errors = EncodedNominationForm.bind(draft, conversions);
            NominationForm form = (NominationForm) errors.getTarget();
            if (!saved(user, n, form, errors)) {
                model.addAllAttributes(errors.getModel());
                model.addAttribute("uploadError", "推荐表有需要修改的输入项，文件没有上传：请修改标出的输入项，再重新选择文件上传");
                return form(user, n, model);
            }
            flash.addFlashAttribute("saved", true);
            index = form.savedIndexOfRow(achievement);
        }
        StoredFile stored = uploads.upload(user, id, kind, index, file);
        flash.addFlashAttribute("uploaded", stored.displayName());
        return "redirect:/nominations/" + id + "/edit";
    }

    /** Saves the form as the case's draft; false, with the reasons in {@code errors}, when it cannot be saved. */
    private boolean saved(CurrentUser user, NominationView n, NominationForm form, BindingResult errors) {
        if (form.malformed(errors)) {
            errors.reject("format", "请检查标出的输入项格式（名次填数字，日期按年-月-日）");
            return false;
        }
        try {
            nominations.save(user, n.id(), form.toDraft(), form.evidenceMoves());
            return true;
        } catch (RuleViolationException e) {
            // a rule may give its message as a key of the message bundle, as PageRefusals words it
            String words = messages.getMessage(e.getMessage(), null, e.getMessage(), LocaleContextHolder.getLocale());
            if (e.field() != null && isFormField(e.field())) {
                errors.rejectValue(e.field(), "invalid", words);
            } else {
                errors.reject("invalid", words);
            }
            return false;
        }
    }

    /** The eligibility result of the form as it stands, unsaved: the panel beside the form, refreshed on every change. */
    @PostMapping("/nominations/{id}/eligibility")
    String liveEligibility(@PathVariable long id, @ModelAttribute("form") NominationForm form, BindingResult errors,
            Model model) {
        NominationView n = nominations.requireEditable(users.require(), id);
        model.addAttribute("c", pages.page(n));
        if (form.malformed(errors)) {
            model.addAttribute("eligibilityProblem", "请检查名次和日期的格式（名次填数字，日期按年-月-日）");
            return "nomination/eligibility :: panel";
        }
        try {
            model.addAttribute("outcome", eligibility.asFilled(n, form.toDraft(), review.hasStampedForm(id)));
        } catch (RuleViolationException e) {
            model.addAttribute("eligibilityProblem", e.getMessage());
        }
        return "nomination/eligibility :: panel";
    }

    private String form(CurrentUser user, NominationView n, Model model) {
        if (!model.containsAttribute("outcome")) {
            model.addAttribute("outcome", eligibility.asFilled(n, n.draft(), review.hasStampedForm(n.id())));
        }
        model.addAttribute("honours", words.honours());
        model.addAttribute("editable", true);
        model.addAttribute("trainingUnits", unitChoices.all());
        model.addAttribute("categories", java.util.List.of(RetirementCategory.FEMALE_55, RetirementCategory.FEMALE_50));
        model.addAttribute("c", pages.page(n));
        model.addAttribute("files", uploads.of(user, n.id()));
        model.addAttribute("gaps", nominations.gaps(n));
        model.addAttribute("skillLevels", SkillLevel.values());
        model.addAttribute("kinds", Achievement.Kind.values());
        model.addAttribute("competitions", Competition.values());
        model.addAttribute("levels", Achievement.Level.values());
        model.addAttribute("choiceLists", ChoiceList.values());
        model.addAttribute("blankRow", new NominationForm().withBlankRow());
        model.addAttribute("maxUpload", uploads.limit());
        model.addAttribute("maxUploadBytes", uploads.maxBytes());
        model.addAttribute("photo", uploads.photoOf(user, n.id()).orElse(null));
        model.addAttribute("maxPhoto", uploads.photoLimit());
        model.addAttribute("maxPhotoBytes", uploads.photoMaxBytes());
        return "nomination/form";
    }

    private static boolean isFormField(String field) {
        return field.matches("(ethnicity|politicalStatus|education|occupation|skillLevel|accomplishments|unitOpinion"
                + "|trainingUnitId|retirementCategory)|achievements\\[\\d{1,2}]\\.(kind|competition|place|honour|studioLevel|achievedOn"
                + "|description)");
    }
}
