package cn.jiangxin.reward;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.SpreadsheetText;
import cn.jiangxin.platform.crypto.FieldCipher;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * The approved batch as an Excel workbook for the treasury system, with full account numbers: one audit record per
 * export names the batch and its line count. Text cells go through {@link SpreadsheetText}; account numbers stay
 * text so no digit is lost.
 */
@Component
class BatchExport {

    static final List<String> HEADER = List.of("序号", "业务编号", "收款人户名", "开户银行", "银行账号", "金额（元）",
            "金额（分）", "用途");

    private final PaymentBatches batches;
    private final PaymentBatchStore store;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    BatchExport(PaymentBatches batches, PaymentBatchStore store, FieldCipher cipher, AuditTrail audit, Clock clock) {
        this.batches = batches;
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks first (finance, batch approved), then audits, then writes. */
    void write(CurrentUser user, long batchId, OutputStream out) throws IOException {
        PaymentBatch batch = batches.require(user, batchId);
        if (batch.state() != PaymentBatch.State.APPROVED && batch.state() != PaymentBatch.State.COMPLETED) {
            throw new RuleViolationException("批次审批通过后才能导出");
        }
        // only lines still awaiting a result: a paid or failed line sent again could be paid twice by the treasury
        List<PaymentLine> lines = store.lines(batchId).stream()
                .filter(l -> l.state() == PaymentLine.State.PENDING).toList();
        if (lines.isEmpty()) {
            throw new RuleViolationException("批次中已没有待回填结果的支付行，无需再导出");
        }
        var accounts = store.encryptedAccounts(batchId);
        audit.recordIndependently(new AuditEvent(user.username(), "READ_BANK_ACCOUNT", "payment_batch",
                String.valueOf(batchId), AuditEvent.Outcome.SUCCESS, "treasury export: " + lines.size() + " lines"));
        store.markExported(batchId, clock.instant());
        Workbook wb = new Workbook(out, "Jiangxin", "1.0");
        Worksheet ws = wb.newWorksheet("支付批次" + batchId);
        for (int c = 0; c < HEADER.size(); c++) {
            ws.value(0, c, HEADER.get(c));
            ws.style(0, c).bold().set();
        }
        int row = 1;
        for (PaymentLine l : lines) {
            ws.value(row, 0, row);
            ws.value(row, 1, SpreadsheetText.safe("JX-" + batchId + "-" + l.id()));
            ws.value(row, 2, SpreadsheetText.safe(l.bankHolder()));
            ws.value(row, 3, SpreadsheetText.safe(l.bankName()));
            ws.value(row, 4, SpreadsheetText.safe(cipher.decrypt(accounts.get(l.id()))));
            ws.value(row, 5, Money.decimalYuan(l.amountFen()));
            ws.style(row, 5).format("0.00").set();
            ws.value(row, 6, l.amountFen());
            ws.value(row, 7, SpreadsheetText.safe("世界技能大赛金牌奖励 " + l.medalKey()));
            row++;
        }
        wb.finish();
    }
}
