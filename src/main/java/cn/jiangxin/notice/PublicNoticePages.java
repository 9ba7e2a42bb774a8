package cn.jiangxin.notice;

import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.PublicForms;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What anyone can see and do without logging in: the notices, current and past (paged), each with its formal
 * preamble and the name, sex, unit, occupation and criterion of each case; filing an objection while a notice runs;
 * and looking up an objection by its receipt number: when it was filed and whether it has been handled.
 */
@Controller
@RequestMapping("/public/notices")
class PublicNoticePages {

    /**
     * The Bureau's telephone for objections, printed in every notice's preamble. Provisional: the number the Bureau
     * gave for the consultation on the policy, until it names one for objections
     * ({@code jiangxin.notice.objection-phone}).
     */
    static final String PROVISIONAL_PHONE = "010-65090443";

    private final NoticeBoard board;
    private final Objections objections;
    private final NoticeListing listing;
    private final String objectionPhone;

    PublicNoticePages(NoticeBoard board, Objections objections, NoticeListing listing,
            @Value("${jiangxin.notice.objection-phone:" + PROVISIONAL_PHONE + "}") String objectionPhone) {
        this.board = board;
        this.objections = objections;
        this.listing = listing;
        this.objectionPhone = objectionPhone;
    }

    @GetMapping
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("running", listing.running());
        model.addAttribute("listing", listing.past(ListQuery.parse(NoticeListing.PAST, request.getParameterMap())));
        return "notice/public-list";
    }

    @GetMapping("/{id}")
    String read(@PathVariable long id, Model model) {
        model.addAttribute("batch", board.get(id));
        model.addAttribute("today", board.today());
        model.addAttribute("objectionPhone", objectionPhone);
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
            objections.byReceipt(receipt).ifPresentOrElse(status -> model.addAttribute("status", status),
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
