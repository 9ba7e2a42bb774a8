package cn.jiangxin.consultation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import org.dhatim.fastexcel.Workbook;
import org.springframework.stereotype.Component;

/**
 * The feedback report as an Excel workbook, written with {@link ExcelTable} (a title row, every text
 * cell neutralised).
 */
@Component
class ConsultationExport {

    private final FeedbackReports reports;

    ConsultationExport(FeedbackReports reports) {
        this.reports = reports;
    }

    void report(long consultationId, OutputStream out) throws IOException {
        FeedbackReport report = reports.compile(consultationId);
        Workbook wb = new Workbook(out, "Jiangxin", "1.0");
        List<ExcelColumn> countColumns = new ArrayList<>(texts("渠道"));
        for (CommentOutcome o : CommentOutcome.values()) {
            countColumns.add(ExcelColumn.number(ConsultationLabels.outcome(o)));
        }
        countColumns.add(ExcelColumn.number("合计"));
        ExcelTable counts = ExcelTable.start(wb, "统计", "意见统计", countColumns);
        for (ChannelKind ch : ChannelKind.values()) {
            List<Object> row = new ArrayList<>(List.of(ConsultationLabels.channel(ch)));
            for (CommentOutcome o : CommentOutcome.values()) {
                row.add(report.count(ch, o));
            }
            row.add(report.countChannel(ch));
            counts.row(row.toArray());
        }
        counts.closeTable();
        ExcelTable detail = ExcelTable.start(wb, "采纳情况", "意见采纳情况", texts("条款", "回执编号", "意见内容", "采纳情况", "理由"));
        for (FeedbackReport.Section s : report.sections()) {
            for (CommentView c : s.comments()) {
                detail.row(s.heading(), c.receiptNo(), c.body(), ConsultationLabels.outcome(c.outcome()),
                        c.outcomeReason());
            }
        }
        detail.finish();
    }

    private static List<ExcelColumn> texts(String... headers) {
        return java.util.Arrays.stream(headers).map(ExcelColumn::text).toList();
    }
}
