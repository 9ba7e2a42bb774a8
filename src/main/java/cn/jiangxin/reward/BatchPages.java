package cn.jiangxin.reward;

import java.io.IOException;
import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.ledger.RequestKeys;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.list.ExcelTable;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Payment batch pages. Every money POST carries an idempotency key (the {@code Idempotency-Key} header, or the
 * form's hidden {@code requestKey}); a refusal re-renders the page with status 422 and the reason.
 */
@Controller
@PreAuthorize("hasRole('FINANCE')")
class BatchPages {

    private final PaymentBatches batches;
    private final RewardCases cases;
    private final BatchExport export;
    private final CurrentUsers users;

    BatchPages(PaymentBatches batches, RewardCases cases, BatchExport export, CurrentUsers users) {
        this.batches = batches;
        this.cases = cases;
        this.export = export;
        this.users = users;
    }

    @GetMapping("/rewards/batches")
    String list(Model model) {
        CurrentUser user = users.require();
        model.addAttribute("batches", batches.list(user));
        model.addAttribute("ready", cases.forFinance(user, RewardState.READY, null));
        model.addAttribute("requestKey", RequestKeys.fresh());
        model.addAttribute("rejectKey", RequestKeys.fresh());
        return "reward/batches";
    }

    @PostMapping("/rewards/batches")
    String build(@RequestParam(name = "caseIds", required = false) List<Long> caseIds,
            @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header) {
        PaymentBatch b = batches.build(users.require(), caseIds, RequestKeys.of(header, requestKey));
        return "redirect:/rewards/batches/" + b.id();
    }

    @GetMapping("/rewards/batches/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        PaymentBatch b = batches.require(user, id);
        model.addAttribute("b", b);
        model.addAttribute("lines", batches.lines(user, id));
        model.addAttribute("isMaker", b.madeBy(user.accountId()));
        model.addAttribute("requestKey", RequestKeys.fresh());
        model.addAttribute("rejectKey", RequestKeys.fresh());
        return "reward/batch";
    }

    @PostMapping("/rewards/batches/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header) {
        batches.approve(users.require(), id, RequestKeys.of(header, requestKey));
        return "redirect:/rewards/batches/" + id;
    }

    @PostMapping("/rewards/batches/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header) {
        batches.reject(users.require(), id, reason, RequestKeys.of(header, requestKey));
        return "redirect:/rewards/batches/" + id;
    }

    @PostMapping("/rewards/batches/{id}/lines/{lineId}/result")
    String result(@PathVariable long id, @PathVariable long lineId, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header) {
        batches.recordResult(users.require(), id, lineId, outcome(outcome), reason, RequestKeys.of(header, requestKey));
        return "redirect:/rewards/batches/" + id;
    }

    @GetMapping("/rewards/batches/{id}/export")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = users.require();
        PaymentBatch b = batches.require(user, id);
        if (b.state() != PaymentBatch.State.APPROVED && b.state() != PaymentBatch.State.COMPLETED) {
            response.sendError(422, "批次审批通过后才能导出");
            return;
        }
        ExcelTable.attach(response, "支付批次-" + id + ".xlsx");
        export.write(user, id, response.getOutputStream());
    }

    private static PaymentLine.State outcome(String text) {
        if ("PAID".equals(text)) {
            return PaymentLine.State.PAID;
        }
        if ("FAILED".equals(text)) {
            return PaymentLine.State.FAILED;
        }
        throw new RuleViolationException("outcome", "请选择“已支付”或“支付失败”");
    }

}
