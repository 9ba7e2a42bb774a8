package cn.jiangxin.consultation;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Policy staff list consultations and their comments (paged, filtered, exported), publish consultations, record
 * comments from other channels, classify and report.
 */
@Controller
@PreAuthorize("hasRole('POLICY_ADMIN')")
class ConsultationAdminPages {

    private final Consultations consultations;
    private final ConsultationListing listing;
    private final CommentListing comments;
    private final CommentDesk desk;
    private final FeedbackReports reports;
    private final ConsultationExport export;
    private final Clock clock;

    ConsultationAdminPages(Consultations consultations, ConsultationListing listing, CommentListing comments,
            CommentDesk desk, FeedbackReports reports, ConsultationExport export, Clock clock) {
        this.consultations = consultations;
        this.listing = listing;
        this.comments = comments;
        this.desk = desk;
        this.reports = reports;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/consultations")
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("listing", listing.page(ListQuery.parse(ConsultationListing.SPEC,
                request.getParameterMap())));
        model.addAttribute("now", consultations.now());
        model.addAttribute("states", ConsultationListing.STATES);
        return "consultation/admin-list";
    }

    @GetMapping("/consultations.xlsx")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(ConsultationListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "consultations.xlsx");
        listing.export(query, locale, response.getOutputStream());
    }

    /** The comments of every consultation or of one, filtered; each with the form that records the decision. */
    @GetMapping("/consultations/comments")
    String comments(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.parse(CommentListing.SPEC, request.getParameterMap());
        model.addAttribute("listing", comments.page(query));
        model.addAttribute("consultation", query.id("consultation").flatMap(consultations::find).orElse(null));
        model.addAttribute("consultationTitles", consultations.titles());
        model.addAttribute("states", ConsultationListing.STATES);
        model.addAttribute("channels", ChannelKind.values());
        model.addAttribute("outcomes", CommentOutcome.values());
        return "consultation/comments";
    }

    @GetMapping("/consultations/comments.xlsx")
    void exportComments(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(CommentListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "comments.xlsx");
        comments.export(query, locale, response.getOutputStream());
    }

    @GetMapping("/consultations/new")
    String form(Model model) {
        model.addAttribute("form", new ConsultationForm());
        return "consultation/admin-new";
    }

    @PostMapping("/consultations")
    String create(@ModelAttribute("form") ConsultationForm form, BindingResult errors, Authentication auth) {
        form.alignDocuments();
        if (errors.hasErrors()) {
            return "consultation/admin-new";
        }
        return "redirect:/consultations/" + consultations.create(form.toCommand(), auth.getName());
    }

    @PostMapping("/consultations/preview")
    String preview(@RequestParam(defaultValue = "0") int slot, @RequestParam java.util.Map<String, String> params,
            Model model) {
        model.addAttribute("split", ArticleSplitter.split(params.getOrDefault("docTexts[" + slot + "]", "")));
        return "consultation/admin-new :: preview";
    }

    @GetMapping("/consultations/{id}")
    String detail(@PathVariable long id, Model model) {
        ConsultationView c = consultations.get(id);
        model.addAttribute("c", c);
        model.addAttribute("state", c.stateAt(consultations.now()));
        model.addAttribute("report", reports.compile(id));
        model.addAttribute("commentsHref", CommentListing.of(id).href());
        model.addAttribute("unclassifiedHref", CommentListing.unclassified(id).href());
        model.addAttribute("channels", ChannelKind.values());
        model.addAttribute("outcomes", CommentOutcome.values());
        model.addAttribute("submissionKey", UUID.randomUUID().toString());
        model.addAttribute("today", LocalDate.now(clock));
        return "consultation/admin-detail";
    }

    @PostMapping("/consultations/{id}/visibility")
    String visibility(@PathVariable long id, @RequestParam boolean visible) {
        consultations.setVisible(id, visible);
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{id}/comments")
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

    @PostMapping("/consultations/{id}/comments/{commentId}/classify")
    String classify(@PathVariable long id, @PathVariable long commentId,
            @RequestParam(required = false) CommentOutcome outcome, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String back, Authentication auth) {
        desk.classify(commentId, outcome, reason, auth.getName());
        return "redirect:" + backToList(back, id) + "#comment-" + commentId;
    }

    /** The comment list the form came from, or the consultation's: never an address outside that list. */
    private static String backToList(String back, long consultationId) {
        boolean ours = back.equals(CommentListing.SPEC.path()) || back.startsWith(CommentListing.SPEC.path() + "?");
        return ours && back.chars().noneMatch(ch -> ch < 0x21 || ch == '#' || ch == '\\')
                ? back : CommentListing.of(consultationId).href();
    }

    @PostMapping("/consultations/{id}/report")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "") String summary, Authentication auth,
            RedirectAttributes flash) {
        reports.publish(id, summary, auth.getName());
        flash.addFlashAttribute("published", true);
        return "redirect:/consultations/" + id + "#report";
    }

    /** Every comment of one consultation: the comment list's export filtered to it. */
    @GetMapping("/consultations/{id}/comments.xlsx")
    void exportComments(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        consultations.get(id);
        ExcelTable.attach(response, "comments-" + id + ".xlsx");
        comments.export(CommentListing.of(id), locale, response.getOutputStream());
    }

    @GetMapping("/consultations/{id}/report.xlsx")
    void exportReport(@PathVariable long id, HttpServletResponse response) throws IOException {
        consultations.get(id);
        ExcelTable.attach(response, "feedback-report-" + id + ".xlsx");
        export.report(id, response.getOutputStream());
    }
}
