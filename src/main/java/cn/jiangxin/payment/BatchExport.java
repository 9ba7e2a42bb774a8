package cn.jiangxin.payment;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.crypto.FieldCipher;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import org.springframework.stereotype.Component;

/**
 * The approved batch as an Excel workbook for the treasury system, with full account numbers: a title row naming the
 * batch number, one row per line still awaiting its result with the purpose its kind of payable states, and a total row. One audit
 * record per export names the batch and its line count. Text cells are neutralised ({@link ExcelTable}); account
 * numbers stay text so no digit is lost.
 */
@Component
class BatchExport {

    static final List<String> HEADER = List.of("序号", "业务编号", "收款人户名", "开户银行", "银行账号", "金额（元）", "用途");

    /** A batch that may be exported and its lines still awaiting a result. */
    record Lines(PaymentBatch batch, List<BatchLine> pending) {
    }

    private final Batches batches;
    private final PaymentBatchStore store;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    BatchExport(Batches batches, PaymentBatchStore store, FieldCipher cipher, AuditTrail audit, Clock clock) {
        this.batches = batches;
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Finance, the batch approved, and a line still awaiting its result; else a refusal. */
    Lines check(CurrentUser user, long batchId) {
        PaymentBatch batch = batches.require(user, batchId);
        if (batch.state() != PaymentBatch.State.APPROVED && batch.state() != PaymentBatch.State.COMPLETED) {
            throw new RuleViolationException("批次审批通过后才能导出");
        }
        // only lines still awaiting a result: a paid or failed line sent again could be paid twice by the treasury
        List<BatchLine> lines = store.lines(batchId).stream()
                .filter(l -> l.state() == BatchLine.State.PENDING).toList();
        if (lines.isEmpty()) {
            throw new RuleViolationException("批次中已没有待回填结果的支付行，无需再导出");
        }
        return new Lines(batch, lines);
    }

    /** Audits, marks the batch exported, then writes. */
    void write(CurrentUser user, Lines checked, OutputStream out) {
        long batchId = checked.batch().id();
        Map<Long, String> accounts = store.encryptedAccounts(batchId);
        audit.recordIndependently(new AuditEvent(user.username(), "READ_BANK_ACCOUNT", "payment_batch",
                String.valueOf(batchId), AuditEvent.Outcome.SUCCESS, "treasury export: " + checked.pending().size()
                        + " lines"));
        store.markExported(batchId, clock.instant());
        ExcelTable table = ExcelTable.start(out, "支付批次 " + checked.batch().number() + " 国库支付清单", List.of(
                ExcelColumn.number(HEADER.get(0)), ExcelColumn.text(HEADER.get(1)), ExcelColumn.text(HEADER.get(2)),
                ExcelColumn.text(HEADER.get(3)), ExcelColumn.text(HEADER.get(4)), ExcelColumn.amount(HEADER.get(5)),
                ExcelColumn.text(HEADER.get(6))));
        int n = 0;
        for (BatchLine l : checked.pending()) {
            table.row(++n, checked.batch().number() + "-" + l.id(), l.bankHolder(), l.bankName(),
                    cipher.decrypt(accounts.get(l.id())), l.amountFen(), l.purpose());
        }
        table.finish();
    }

}
