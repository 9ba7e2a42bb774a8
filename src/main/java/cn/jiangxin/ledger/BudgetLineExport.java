package cn.jiangxin.ledger;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The budget lines as an Excel sheet: allocated, available, committed and paid per line, with the total row. */
@Component
class BudgetLineExport {

    private final Ledger ledger;
    private final MessageSource messages;

    BudgetLineExport(Ledger ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    void write(Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("budgetLines.title", locale), List.of(
                ExcelColumn.text(text("budgetLines.line", locale)),
                ExcelColumn.amount(text("budgetLines.allocated", locale)),
                ExcelColumn.amount(text("budgetLines.available", locale)),
                ExcelColumn.amount(text("budgetLines.committed", locale)),
                ExcelColumn.amount(text("budgetLines.paid", locale))));
        for (BudgetLineTotals t : ledger.budgetLines()) {
            table.row(text("budgetLine." + t.line(), locale), t.allocatedFen(), t.availableFen(), t.committedFen(),
                    t.paidFen());
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
