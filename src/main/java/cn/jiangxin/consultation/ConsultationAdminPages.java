package cn.jiangxin.consultation;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import cn.jiangxin.platform.list.ExcelTable;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Policy staff publish consultations, record comments from other channels, classify and report. */
@Controller
@RequestMapping("/consultations")
@PreAuthorize("hasRole('POLICY_ADMIN')")
class ConsultationAdminPages {

    private final Consultations consultations;
    private final CommentDesk desk;
    private final FeedbackReports reports;
    private final ConsultationExport export;
    private final Clock clock;

    ConsultationAdminPages(Consultations consultations, CommentDesk desk, FeedbackReports reports,
            ConsultationExport export, Clock clock) {
        this.consultations = consultations;
        this.desk = desk;
        this.reports = reports;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("consultations", consultations.all());
        model.addAttribute("now", consultations.now());
        return "consultation/admin-list";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", new ConsultationForm());
        return "consultation/admin-new";
    }

    @PostMapping
    String create(@ModelAttribute("form") ConsultationForm form, BindingResult errors, Authentication auth) {
        form.alignDocuments();
        if (errors.hasErrors()) {
            return "consultation/admin-new";
        }
        return "redirect:/consultations/" + consultations.create(form.toCommand(), auth.getName());
    }

    @PostMapping("/preview")
    String preview(@RequestParam(defaultValue = "0") int slot, @RequestParam java.util.Map<String, String> params,
            Model model) {
        model.addAttribute("split", ArticleSplitter.split(params.getOrDefault("docTexts[" + slot + "]", "")));
        return "consultation/admin-new :: preview";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        ConsultationView c = consultations.get(id);
        model.addAttribute("c", c);
        model.addAttribute("state", c.stateAt(consultations.now()));
        model.addAttribute("comments", desk.of(id));
        model.addAttribute("report", reports.compile(id));
        model.addAttribute("channels", ChannelKind.values());
        model.addAttribute("outcomes", CommentOutcome.values());
        model.addAttribute("submissionKey", UUID.randomUUID().toString());
        model.addAttribute("today", LocalDate.now(clock));
        return "consultation/admin-detail";
    }

    @PostMapping("/{id}/visibility")
    String visibility(@PathVariable long id, @RequestParam boolean visible) {
        consultations.setVisible(id, visible);
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/{id}/comments")
    String record(@PathVariable long id, @RequestParam(required = false) Long articleId,
            @RequestParam(required = false) ChannelKind channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String contact,
            @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String submissionKey,
            Authentication auth, RedirectAttributes flash) {
        String receipt = desk.record(new CommentDesk.RecordedComment(id, articleId, channel, name, contact, body,
                receivedOn, submissionKey), auth.getName());
        flash.addFlashAttribute("recorded", receipt);
        return "redirect:/consultations/" + id + "#record";
    }

    @PostMapping("/{id}/comments/{commentId}/classify")
    String classify(@PathVariable long id, @PathVariable long commentId,
            @RequestParam(required = false) CommentOutcome outcome, @RequestParam(defaultValue = "") String reason,
            Authentication auth, RedirectAttributes flash) {
        desk.classify(commentId, outcome, reason, auth.getName());
        return "redirect:/consultations/" + id + "#comment-" + commentId;
    }

    @PostMapping("/{id}/report")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "") String summary, Authentication auth,
            RedirectAttributes flash) {
        reports.publish(id, summary, auth.getName());
        flash.addFlashAttribute("published", true);
        return "redirect:/consultations/" + id + "#report";
    }

    @GetMapping("/{id}/comments.xlsx")
    void exportComments(@PathVariable long id, HttpServletResponse response) throws IOException {
        ConsultationView c = consultations.get(id);
        ExcelTable.attach(response, "comments-" + id + ".xlsx");
        export.comments(id, c, response.getOutputStream());
    }

    @GetMapping("/{id}/report.xlsx")
    void exportReport(@PathVariable long id, HttpServletResponse response) throws IOException {
        consultations.get(id);
        ExcelTable.attach(response, "feedback-report-" + id + ".xlsx");
        export.report(id, response.getOutputStream());
    }
}
