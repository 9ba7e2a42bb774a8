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
 * Comments and the feedback report as Excel workbooks, written with {@link ExcelTable} (a title row, every text
 * cell neutralised).
 */
@Component
class ConsultationExport {

    private final CommentDesk comments;
    private final FeedbackReports reports;

    ConsultationExport(CommentDesk comments, FeedbackReports reports) {
        this.comments = comments;
        this.reports = reports;
    }

    void comments(long consultationId, ConsultationView consultation, OutputStream out) throws IOException {
        ExcelTable table = ExcelTable.start(new Workbook(out, "Jiangxin", "1.0"), "意见", consultation.title() + " 意见",
                texts("回执编号", "条款", "渠道", "收到日期", "姓名", "联系方式", "意见内容", "采纳情况", "理由"));
        for (CommentView c : comments.of(consultationId)) {
            table.row(c.receiptNo(), heading(consultation, c.articleId()), ConsultationLabels.channel(c.channel()),
                    c.receivedOn().toString(), c.authorName(), c.contact(), c.body(),
                    c.outcome() == null ? "未处理" : ConsultationLabels.outcome(c.outcome()), c.outcomeReason());
        }
        table.finish();
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

    private static String heading(ConsultationView consultation, Long articleId) {
        return articleId == null ? FeedbackReport.OVERALL
                : consultation.article(articleId).map(ConsultationView.Article::heading).orElse("");
    }

    private static List<ExcelColumn> texts(String... headers) {
        return java.util.Arrays.stream(headers).map(ExcelColumn::text).toList();
    }
}
