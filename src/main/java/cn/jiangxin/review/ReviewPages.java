package cn.jiangxin.review;

import java.io.IOException;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.unit.Units;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reviewers' and approvers' queues as paged lists (search, state, unit, days, "mine" and "overdue", sorting) and
 * their Excel exports; the actions themselves are on each case's page.
 */
@Controller
class ReviewPages {

    private final ReviewQueue queue;
    private final QueueExport export;
    private final Units units;
    private final CurrentUsers users;

    ReviewPages(ReviewQueue queue, QueueExport export, Units units, CurrentUsers users) {
        this.queue = queue;
        this.export = export;
        this.units = units;
        this.users = users;
    }

    @GetMapping("/review")
    @PreAuthorize("hasRole('REVIEWER')")
    String review(HttpServletRequest request, Model model) {
        return show(ReviewQueue.Desk.REVIEW, request, model);
    }

    @GetMapping("/approval")
    @PreAuthorize("hasRole('APPROVER')")
    String approval(HttpServletRequest request, Model model) {
        return show(ReviewQueue.Desk.APPROVAL, request, model);
    }

    @GetMapping("/review.xlsx")
    @PreAuthorize("hasRole('REVIEWER')")
    void reviewExport(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        download(ReviewQueue.Desk.REVIEW, request, locale, response);
    }

    @GetMapping("/approval.xlsx")
    @PreAuthorize("hasRole('APPROVER')")
    void approvalExport(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        download(ReviewQueue.Desk.APPROVAL, request, locale, response);
    }

    private String show(ReviewQueue.Desk desk, HttpServletRequest request, Model model) {
        CurrentUser user = users.require();
        ListQuery query = ListQuery.parse(desk.spec(), request.getParameterMap());
        model.addAttribute("desk", desk.name().toLowerCase(Locale.ROOT));
        model.addAttribute("listing", queue.page(user, desk, query));
        model.addAttribute("states", desk.states.stream().sorted().toList());
        model.addAttribute("marks", desk.marks);
        model.addAttribute("chosenUnit", units.chosen(user, query.id("unit")).orElse(null));
        model.addAttribute("overdueAfter", queue.overdueAfter());
        return "nomination/queue";
    }

    private void download(ReviewQueue.Desk desk, HttpServletRequest request, Locale locale,
            HttpServletResponse response) throws IOException {
        CurrentUser user = users.require();
        ListQuery query = ListQuery.parse(desk.spec(), request.getParameterMap());
        ExcelTable.attach(response, desk.name().toLowerCase(Locale.ROOT) + ".xlsx");
        export.write(user, desk, query, locale, response.getOutputStream());
    }
}
