package cn.jiangxin.notice;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bureau staff's side of public notices: the notices published, the cases they list, publishing a new one
 * (approvers), the objections, and resolving one (approvers; reviewers read only). The lists are paged and exported.
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER','APPROVER')")
class NoticePages {

    private final NoticeBoard board;
    private final Objections objections;
    private final NoticeListing notices;
    private final ObjectionListing objectionList;
    private final CurrentUsers users;

    NoticePages(NoticeBoard board, Objections objections, NoticeListing notices, ObjectionListing objectionList,
            CurrentUsers users) {
        this.board = board;
        this.objections = objections;
        this.notices = notices;
        this.objectionList = objectionList;
        this.users = users;
    }

    @GetMapping("/notices")
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("listing", notices.batches(ListQuery.parse(NoticeListing.BATCHES, request.getParameterMap())));
        model.addAttribute("today", board.today());
        return "notice/list";
    }

    @GetMapping("/notices.xlsx")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(NoticeListing.BATCHES, request.getParameterMap());
        ExcelTable.attach(response, "notices.xlsx");
        notices.exportBatches(query, locale, response.getOutputStream());
    }

    @GetMapping("/notices/cases")
    String cases(HttpServletRequest request, Model model) {
        model.addAttribute("listing", notices.cases(ListQuery.parse(NoticeListing.CASES, request.getParameterMap())));
        return "notice/cases";
    }

    @GetMapping("/notices/cases.xlsx")
    void exportCases(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(NoticeListing.CASES, request.getParameterMap());
        ExcelTable.attach(response, "notice-cases.xlsx");
        notices.exportCases(query, locale, response.getOutputStream());
    }

    @GetMapping("/notices/new")
    @PreAuthorize("hasRole('APPROVER')")
    String form(@RequestParam(name = "case", required = false) List<Long> chosen, Model model) {
        CurrentUser user = users.require();
        model.addAttribute("candidates", board.candidates(user));
        model.addAttribute("period", board.periodStartingToday().orElse(null));
        model.addAttribute("chosen", chosen == null ? List.of() : chosen);
        return "notice/new";
    }

    @PostMapping("/notices")
    @PreAuthorize("hasRole('APPROVER')")
    String publish(@RequestParam(required = false) String title,
            @RequestParam(name = "cases", required = false) List<Long> cases, RedirectAttributes flash) {
        long id = board.publish(users.require(), title, cases);
        flash.addFlashAttribute("published", true);
        return "redirect:/notices/" + id;
    }

    @GetMapping("/notices/{id}")
    String batch(@PathVariable long id, Model model) {
        model.addAttribute("batch", board.get(id));
        model.addAttribute("today", board.today());
        return "notice/batch";
    }

    @GetMapping("/notices/objections")
    String objections(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.parse(ObjectionListing.SPEC, request.getParameterMap());
        model.addAttribute("listing", objectionList.page(users.require(), query));
        return "notice/objections";
    }

    @GetMapping("/notices/objections.xlsx")
    void exportObjections(HttpServletRequest request, Locale locale, HttpServletResponse response)
            throws IOException {
        ListQuery query = ListQuery.parse(ObjectionListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "objections.xlsx");
        objectionList.export(users.require(), query, locale, response.getOutputStream());
    }

    @PostMapping("/notices/objections/{id}/resolve")
    @PreAuthorize("hasRole('APPROVER')")
    String resolve(@PathVariable long id, @RequestParam(required = false) ObjectionOutcome outcome,
            @RequestParam(required = false) String reason, @RequestParam long nomination, RedirectAttributes flash) {
        objections.resolve(users.require(), id, outcome, reason);
        flash.addFlashAttribute("resolved", true);
        return "redirect:/nominations/" + nomination + "#objections";
    }
}
