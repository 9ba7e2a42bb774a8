package cn.jiangxin.notice;

import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bureau staff's side of public notices: the notices published, publishing a new one (approvers), the objections still
 * open, and resolving one (approvers; reviewers read only).
 */
@Controller
@RequestMapping("/notices")
@PreAuthorize("hasAnyRole('REVIEWER','APPROVER')")
class NoticePages {

    private final NoticeBoard board;
    private final Objections objections;
    private final CurrentUsers users;

    NoticePages(NoticeBoard board, Objections objections, CurrentUsers users) {
        this.board = board;
        this.objections = objections;
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("batches", board.all());
        model.addAttribute("today", board.today());
        return "notice/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('APPROVER')")
    String form(@RequestParam(name = "case", required = false) List<Long> chosen, Model model) {
        CurrentUser user = users.require();
        model.addAttribute("candidates", board.candidates(user));
        model.addAttribute("period", board.periodStartingToday().orElse(null));
        model.addAttribute("chosen", chosen == null ? List.of() : chosen);
        return "notice/new";
    }

    @PostMapping
    @PreAuthorize("hasRole('APPROVER')")
    String publish(@RequestParam(required = false) String title,
            @RequestParam(name = "cases", required = false) List<Long> cases, RedirectAttributes flash) {
        long id = board.publish(users.require(), title, cases);
        flash.addFlashAttribute("published", true);
        return "redirect:/notices/" + id;
    }

    @GetMapping("/{id}")
    String batch(@PathVariable long id, Model model) {
        model.addAttribute("batch", board.get(id));
        model.addAttribute("today", board.today());
        return "notice/batch";
    }

    @GetMapping("/objections")
    String open(Model model) {
        model.addAttribute("objections", objections.open(users.require()));
        return "notice/objections";
    }

    @PostMapping("/objections/{id}/resolve")
    @PreAuthorize("hasRole('APPROVER')")
    String resolve(@PathVariable long id, @RequestParam(required = false) ObjectionOutcome outcome,
            @RequestParam(required = false) String reason, @RequestParam long nomination, RedirectAttributes flash) {
        objections.resolve(users.require(), id, outcome, reason);
        flash.addFlashAttribute("resolved", true);
        return "redirect:/nominations/" + nomination + "#objections";
    }
}
