package cn.jiangxin.payment;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.ledger.RequestKeys;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
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
 * Payment batch pages for every kind of payable: the paged list with its export, the payables ready for a new batch
 * (rewards, studio funding; one kind or mixed), a batch with its lines. The addresses under {@code /rewards/batches},
 * those of the reward-only batches, answer as before. Every money POST carries an idempotency key (the
 * {@code Idempotency-Key} header, or the form's hidden {@code requestKey}); a refusal re-renders the page with status
 * 422 and the reason, a success says what was done.
 */
@Controller
@PreAuthorize("hasRole('FINANCE')")
public class BatchPages {

    /** The flash attributes of the success message: its key in the bundle and its arguments. */
    public static final String DONE = "batchDone";
    public static final String DONE_ARGS = "batchDoneArgs";

    private final Batches batches;
    private final BatchListing listing;
    private final BatchExport export;
    private final CurrentUsers users;

    BatchPages(Batches batches, BatchListing listing, BatchExport export, CurrentUsers users) {
        this.batches = batches;
        this.listing = listing;
        this.export = export;
        this.users = users;
    }

    @GetMapping({ BatchListing.PATH, BatchListing.REWARD_PATH })
    String list(HttpServletRequest request, Model model) {
        ListSpec spec = spec(request);
        ListQuery query = ListQuery.parse(spec, request.getParameterMap());
        CurrentUser user = users.require();
        // at the reward address (the reward to-dos link there) the list sits below the reward cases
        model.addAttribute("belowRewards", spec == BatchListing.REWARD_SPEC);
        model.addAttribute("listing", listing.page(user, query));
        model.addAttribute("states", PaymentBatch.State.values());
        model.addAttribute("ready", batches.ready(user));
        model.addAttribute("requestKey", RequestKeys.fresh());
        return "payment/batches";
    }

    @GetMapping({ BatchListing.PATH + ".xlsx", BatchListing.REWARD_PATH + ".xlsx" })
    void exportList(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(BatchListing.SPEC, request.getParameterMap());
        CurrentUser user = users.require();
        ExcelTable.attach(response, "payment-batches.xlsx");
        listing.export(user, query, locale, response.getOutputStream());
    }

    /** {@code caseIds}: the chosen payables, {@code KIND:id} (a bare number is a reward case). */
    @PostMapping({ BatchListing.PATH, BatchListing.REWARD_PATH })
    String build(@RequestParam(name = "caseIds", required = false) List<String> chosen,
            @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header, RedirectAttributes flash) {
        List<PayableRef> refs = chosen == null ? List.of() : chosen.stream().map(PayableRef::parse).toList();
        PaymentBatch b = batches.build(users.require(), refs, RequestKeys.of(header, requestKey));
        return done(flash, b.id(), "batch.done.built", b.number(), b.lineCount(), b.totalYuan());
    }

    @GetMapping({ BatchListing.PATH + "/{id}", BatchListing.REWARD_PATH + "/{id}" })
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        PaymentBatch b = batches.require(user, id);
        List<BatchLine> lines = batches.lines(user, id);
        model.addAttribute("b", b);
        model.addAttribute("lines", lines);
        model.addAttribute("hrefs", lines.stream().map(batches::href).toList());
        model.addAttribute("sums", LineSums.of(lines));
        model.addAttribute("isMaker", b.madeBy(user.accountId()));
        model.addAttribute("requestKey", RequestKeys.fresh());
        model.addAttribute("rejectKey", RequestKeys.fresh());
        return "payment/batch";
    }

    @PostMapping({ BatchListing.PATH + "/{id}/approve", BatchListing.REWARD_PATH + "/{id}/approve" })
    String approve(@PathVariable long id, @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header, RedirectAttributes flash) {
        PaymentBatch b = batches.approve(users.require(), id, RequestKeys.of(header, requestKey));
        return done(flash, id, "batch.done.approved", b.number(), b.lineCount(), b.totalYuan());
    }

    @PostMapping({ BatchListing.PATH + "/{id}/reject", BatchListing.REWARD_PATH + "/{id}/reject" })
    String reject(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header, RedirectAttributes flash) {
        PaymentBatch b = batches.reject(users.require(), id, reason, RequestKeys.of(header, requestKey));
        return done(flash, id, "batch.done.rejected", b.number(), b.lineCount());
    }

    @PostMapping({ BatchListing.PATH + "/{id}/lines/{lineId}/result",
        BatchListing.REWARD_PATH + "/{id}/lines/{lineId}/result" })
    String result(@PathVariable long id, @PathVariable long lineId, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String requestKey,
            @RequestHeader(name = RequestKeys.HEADER, required = false) String header, RedirectAttributes flash) {
        BatchLine l = batches.recordResult(users.require(), id, lineId, outcome(outcome), reason,
                RequestKeys.of(header, requestKey));
        return done(flash, id, l.state() == BatchLine.State.PAID ? "batch.done.paid" : "batch.done.failed",
                l.payeeName(), l.amountYuan());
    }

    /** The treasury file: checked first, so that a refusal is a page and not a broken download. */
    @GetMapping({ BatchListing.PATH + "/{id}/export", BatchListing.REWARD_PATH + "/{id}/export" })
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = users.require();
        BatchExport.Lines lines = export.check(user, id);
        ExcelTable.attach(response, "支付批次-" + lines.batch().number() + ".xlsx");
        export.write(user, lines, response.getOutputStream());
    }

    /** The list as asked for: at its own address, or at the reward batches' address, whose links stay there. */
    private static ListSpec spec(HttpServletRequest request) {
        return request.getRequestURI().endsWith(BatchListing.REWARD_PATH) ? BatchListing.REWARD_SPEC : BatchListing.SPEC;
    }

    private static String done(RedirectAttributes flash, long batchId, String key, Object... args) {
        flash.addFlashAttribute(DONE, key);
        flash.addFlashAttribute(DONE_ARGS, args);
        return "redirect:" + BatchListing.PATH + "/" + batchId;
    }

    private static BatchLine.State outcome(String text) {
        if ("PAID".equals(text)) {
            return BatchLine.State.PAID;
        }
        if ("FAILED".equals(text)) {
            return BatchLine.State.FAILED;
        }
        throw new RuleViolationException("outcome", "请选择“已支付”或“支付失败”");
    }
}
