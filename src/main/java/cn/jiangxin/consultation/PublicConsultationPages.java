package cn.jiangxin.consultation;

import java.time.Instant;
import java.util.List;

import cn.jiangxin.platform.PublicForms;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What anyone can do without logging in: read drafts, comment in the window, look up a receipt, read the report. */
@Controller
@RequestMapping("/public/consultations")
class PublicConsultationPages {

    private final Consultations consultations;
    private final CommentDesk desk;
    private final FeedbackReports reports;

    PublicConsultationPages(Consultations consultations, CommentDesk desk, FeedbackReports reports) {
        this.consultations = consultations;
        this.desk = desk;
        this.reports = reports;
    }

    @GetMapping
    String list(Model model) {
        Instant now = consultations.now();
        List<ConsultationView> all = consultations.visible();
        model.addAttribute("open", all.stream().filter(c -> c.stateAt(now) == CommentWindow.State.OPEN).toList());
        model.addAttribute("upcoming", all.stream().filter(c -> c.stateAt(now) == CommentWindow.State.UPCOMING).toList());
        model.addAttribute("closed", all.stream().filter(c -> c.stateAt(now) == CommentWindow.State.CLOSED).toList());
        return "consultation/public-list";
    }

    @GetMapping("/{id}")
    String read(@PathVariable long id, @RequestParam(required = false) Long article, Model model) {
        return page(consultations.getPublic(id), new CommentForm(article, "", "", "", PublicForms.newFormToken()), model);
    }

    @PostMapping("/{id}/comments")
    String comment(@PathVariable long id, CommentForm form, HttpServletRequest request) {
        consultations.getPublic(id);
        String receipt = desk.submit(new CommentDesk.PublicComment(id, form.articleId(), form.name(), form.contact(),
                form.body(), form.submissionKey(), PublicForms.clientKey(request)));
        return "redirect:/public/consultations/receipt?no=" + receipt + "&new=1";
    }

    @GetMapping("/receipt")
    String receipt(@RequestParam(required = false) String no, Model model) {
        model.addAttribute("no", no == null ? "" : no.strip());
        if (no != null && !no.isBlank()) {
            desk.byReceipt(no).ifPresentOrElse(c -> {
                ConsultationView consultation = consultations.get(c.consultationId());
                model.addAttribute("comment", c);
                model.addAttribute("consultation", consultation);
                model.addAttribute("article", c.articleId() == null ? FeedbackReport.OVERALL
                        : consultation.article(c.articleId()).map(ConsultationView.Article::heading).orElse(""));
                model.addAttribute("showOutcome", consultation.reportPublished() && c.classified());
            }, () -> model.addAttribute("notFound", true));
        }
        return "consultation/receipt";
    }

    @GetMapping("/{id}/report")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("report", reports.published(id));
        model.addAttribute("channels", ChannelKind.values());
        model.addAttribute("outcomes", CommentOutcome.values());
        return "consultation/report";
    }

    private String page(ConsultationView consultation, CommentForm form, Model model) {
        model.addAttribute("c", consultation);
        model.addAttribute("state", consultation.stateAt(consultations.now()));
        model.addAttribute("form", form);
        return "consultation/public-detail";
    }

    record CommentForm(Long articleId, String name, String contact, String body, String submissionKey) {
    }
}
