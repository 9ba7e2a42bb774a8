package cn.jiangxin.review;

import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.unit.Units;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reviewers' and approvers' queues; the actions themselves are on each case's page. */
@Controller
class ReviewPages {

    private final ReviewQueue queue;
    private final Units units;
    private final CurrentUsers users;

    ReviewPages(ReviewQueue queue, Units units, CurrentUsers users) {
        this.queue = queue;
        this.units = units;
        this.users = users;
    }

    @GetMapping("/review")
    @PreAuthorize("hasRole('REVIEWER')")
    String review(@RequestParam(required = false) NominationState state, @RequestParam(required = false) Long unit,
            Model model) {
        CurrentUser user = users.require();
        model.addAttribute("entries", queue.forReview(user, state, unit));
        model.addAttribute("states", ReviewQueue.REVIEW.stream().sorted().toList());
        model.addAttribute("units", units.search(user, ""));
        model.addAttribute("state", state);
        model.addAttribute("unit", unit);
        model.addAttribute("overdueAfter", queue.overdueAfter());
        return "nomination/review";
    }

    @GetMapping("/approval")
    @PreAuthorize("hasRole('APPROVER')")
    String approval(Model model) {
        model.addAttribute("entries", queue.forApproval(users.require()));
        model.addAttribute("overdueAfter", queue.overdueAfter());
        return "nomination/approval";
    }
}
