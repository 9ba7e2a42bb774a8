package cn.jiangxin.notice;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.PublicForms;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What anyone can see and do without logging in: the notices, current and past, with name, unit and criterion of each
 * case; filing an objection while a notice runs; and looking up whether an objection has been handled.
 */
@Controller
@RequestMapping("/public/notices")
class PublicNoticePages {

    private final NoticeBoard board;
    private final Objections objections;

    PublicNoticePages(NoticeBoard board, Objections objections) {
        this.board = board;
        this.objections = objections;
    }

    @GetMapping
    String list(Model model) {
        LocalDate today = board.today();
        List<NoticeBatch> all = board.all();
        model.addAttribute("running", all.stream().filter(b -> b.runningOn(today)).toList());
        model.addAttribute("past", all.stream().filter(b -> !b.runningOn(today)).toList());
        return "notice/public-list";
    }

    @GetMapping("/{id}")
    String read(@PathVariable long id, Model model) {
        model.addAttribute("batch", board.get(id));
        model.addAttribute("today", board.today());
        return "notice/public-detail";
    }

    @GetMapping("/{id}/cases/{nomination}/objection")
    String objectionForm(@PathVariable long id, @PathVariable long nomination, Model model) {
        return objectionPage(id, nomination, new ObjectionForm("", "", "", PublicForms.newFormToken()), model);
    }

    @PostMapping("/{id}/cases/{nomination}/objection")
    String object(@PathVariable long id, @PathVariable long nomination, ObjectionForm form, HttpServletRequest request,
            Model model) {
        String receipt = objections.file(new Objections.PublicObjection(id, nomination, form.body(), form.name(),
                form.contact(), form.submissionKey(), PublicForms.clientKey(request)));
        return "redirect:/public/notices/receipt?no=" + receipt + "&new=1";
    }

    @GetMapping("/receipt")
    String receipt(@RequestParam(required = false) String no, Model model) {
        String receipt = no == null ? "" : no.strip();
        model.addAttribute("no", receipt);
        if (!receipt.isEmpty()) {
            objections.resolvedByReceipt(receipt).ifPresentOrElse(resolved -> model.addAttribute("resolved", resolved),
                    () -> model.addAttribute("notFound", true));
        }
        return "notice/public-receipt";
    }

    private String objectionPage(long id, long nomination, ObjectionForm form, Model model) {
        NoticeBatch batch = board.get(id);
        model.addAttribute("batch", batch);
        model.addAttribute("entry", batch.entry(nomination).orElseThrow(() -> new NotFoundException("case " + nomination)));
        model.addAttribute("open", board.acceptsObjectionsNow(batch));
        model.addAttribute("form", form);
        return "notice/public-objection";
    }

    record ObjectionForm(String body, String name, String contact, String submissionKey) {
    }
}
