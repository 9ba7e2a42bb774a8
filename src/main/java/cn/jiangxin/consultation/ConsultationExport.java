package cn.jiangxin.consultation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import cn.jiangxin.platform.SpreadsheetText;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** Comments and the feedback report as Excel workbooks; every text cell goes through {@link SpreadsheetText}. */
@Component
class ConsultationExport {

    private final CommentDesk comments;
    private final FeedbackReports reports;

    ConsultationExport(CommentDesk comments, FeedbackReports reports) {
        this.comments = comments;
        this.reports = reports;
    }

    void comments(long consultationId, ConsultationView consultation, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Jiangxin", "1.0");
        Worksheet ws = wb.newWorksheet("意见");
        header(ws, List.of("回执编号", "条款", "渠道", "收到日期", "姓名", "联系方式", "意见内容", "采纳情况", "理由"));
        int row = 1;
        for (CommentView c : comments.of(consultationId)) {
            text(ws, row, 0, c.receiptNo());
            text(ws, row, 1, heading(consultation, c.articleId()));
            text(ws, row, 2, ConsultationLabels.channel(c.channel()));
            text(ws, row, 3, c.receivedOn().toString());
            text(ws, row, 4, c.authorName());
            text(ws, row, 5, c.contact());
            text(ws, row, 6, c.body());
            text(ws, row, 7, c.outcome() == null ? "未处理" : ConsultationLabels.outcome(c.outcome()));
            text(ws, row, 8, c.outcomeReason());
            row++;
        }
        wb.finish();
    }

    void report(long consultationId, OutputStream out) throws IOException {
        FeedbackReport report = reports.compile(consultationId);
        Workbook wb = new Workbook(out, "Jiangxin", "1.0");
        Worksheet counts = wb.newWorksheet("统计");
        text(counts, 0, 0, "渠道");
        int col = 1;
        for (CommentOutcome o : CommentOutcome.values()) {
            text(counts, 0, col++, ConsultationLabels.outcome(o));
        }
        text(counts, 0, col, "合计");
        int row = 1;
        for (ChannelKind ch : ChannelKind.values()) {
            text(counts, row, 0, ConsultationLabels.channel(ch));
            int c = 1;
            for (CommentOutcome o : CommentOutcome.values()) {
                counts.value(row, c++, report.count(ch, o));
            }
            counts.value(row, c, report.countChannel(ch));
            row++;
        }
        Worksheet detail = wb.newWorksheet("采纳情况");
        header(detail, List.of("条款", "回执编号", "意见内容", "采纳情况", "理由"));
        row = 1;
        for (FeedbackReport.Section s : report.sections()) {
            for (CommentView c : s.comments()) {
                text(detail, row, 0, s.heading());
                text(detail, row, 1, c.receiptNo());
                text(detail, row, 2, c.body());
                text(detail, row, 3, ConsultationLabels.outcome(c.outcome()));
                text(detail, row, 4, c.outcomeReason());
                row++;
            }
        }
        wb.finish();
    }

    private static String heading(ConsultationView consultation, Long articleId) {
        return articleId == null ? FeedbackReport.OVERALL
                : consultation.article(articleId).map(ConsultationView.Article::heading).orElse("");
    }

    private static void header(Worksheet ws, List<String> titles) {
        for (int i = 0; i < titles.size(); i++) {
            ws.value(0, i, titles.get(i));
            ws.style(0, i).bold().set();
        }
    }

    private static void text(Worksheet ws, int row, int col, String value) {
        ws.value(row, col, SpreadsheetText.safe(value));
    }
}
