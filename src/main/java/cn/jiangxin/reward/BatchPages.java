package cn.jiangxin.reward;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.ledger.RequestKeys;
import cn.jiangxin.platform.RuleViolationException;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payment batch pages: the paged list with its export, the cases ready for a new batch, a batch with its lines.
 * Every money POST carries an idempotency key (the {@code Idempotency-Key} header, or the form's hidden
 * {@code requestKey}); a refusal re-renders the page with status 422 and the reason, a success says what was done.
 */
@Controller
@PreAuthorize("hasRole('FINANCE')")
class BatchPages {

    /** The flash attributes of the success message: its key in the bundle and its arguments. */
    static final String DONE = "batchDone";
    static final String DONE_ARGS = "batchDoneArgs";

    private final PaymentBatches batches;
    private final BatchListing listing;
    private final RewardCases cases;
    private final BatchExport export;
    private final CurrentUsers users;

    BatchPages(PaymentBatches batches, BatchListing listing, RewardCases cases, BatchExport export,
            CurrentUsers users) {
        this.batches = batches;
        this.listing = listing;
        this.cases = cases;
        this.export = export;
        this.users = users;
    }

    @GetMapping("/rewards/batches")
    String list(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.parse(BatchListing.SPEC, request.getParameterMap());
        CurrentUser user = users.require();
        model.addAttribute("listing", listing.page(user, query));
        model.addAttribute("states", PaymentBatch.State.values());
        model.addAttribute("ready", cases.forFinance(user, RewardState.READY, null));
        model.addAttribute("requestKey", RequestKeys.fresh());
        return "reward/batches";
    }

    @GetMapping("/rewards/batches.xlsx")
    void exportList(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(BatchListing.SPEC, request.getParameterMap());
        CurrentUser user = users.require();
        ExcelTable.attach(response, "payment-batches.xlsx");
        listing.export(user, query, locale, response.getOutputStream());
    }

    @PostMapping("/rewards/batches")
    String build(@RequestParam(name = "caseIds", required = false) List<Long> caseIds,
            @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header, RedirectAttributes flash) {
        PaymentBatch b = batches.build(users.require(), caseIds, RequestKeys.of(header, requestKey));
        return done(flash, b.id(), "batch.done.built", b.number(), b.lineCount(), b.totalYuan());
    }

    @GetMapping("/rewards/batches/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        PaymentBatch b = batches.require(user, id);
        List<PaymentLine> lines = batches.lines(user, id);
        model.addAttribute("b", b);
        model.addAttribute("lines", lines);
        model.addAttribute("sums", LineSums.of(lines));
        model.addAttribute("isMaker", b.madeBy(user.accountId()));
        model.addAttribute("requestKey", RequestKeys.fresh());
        model.addAttribute("rejectKey", RequestKeys.fresh());
        return "reward/batch";
    }

    @PostMapping("/rewards/batches/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header, RedirectAttributes flash) {
        PaymentBatch b = batches.approve(users.require(), id, RequestKeys.of(header, requestKey));
        return done(flash, id, "batch.done.approved", b.number(), b.lineCount(), b.totalYuan());
    }

    @PostMapping("/rewards/batches/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header, RedirectAttributes flash) {
        PaymentBatch b = batches.reject(users.require(), id, reason, RequestKeys.of(header, requestKey));
        return done(flash, id, "batch.done.rejected", b.number(), b.lineCount());
    }

    @PostMapping("/rewards/batches/{id}/lines/{lineId}/result")
    String result(@PathVariable long id, @PathVariable long lineId, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header, RedirectAttributes flash) {
        PaymentLine l = batches.recordResult(users.require(), id, lineId, outcome(outcome), reason,
                RequestKeys.of(header, requestKey));
        return done(flash, id, l.state() == PaymentLine.State.PAID ? "batch.done.paid" : "batch.done.failed",
                l.beneficiaryName(), l.amountYuan());
    }

    /** The treasury file: checked first, so that a refusal is a page and not a broken download. */
    @GetMapping("/rewards/batches/{id}/export")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = users.require();
        BatchExport.Lines lines = export.check(user, id);
        ExcelTable.attach(response, "支付批次-" + lines.batch().number() + ".xlsx");
        export.write(user, lines, response.getOutputStream());
    }

    private static String done(RedirectAttributes flash, long batchId, String key, Object... args) {
        flash.addFlashAttribute(DONE, key);
        flash.addFlashAttribute(DONE_ARGS, args);
        return "redirect:/rewards/batches/" + batchId;
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
