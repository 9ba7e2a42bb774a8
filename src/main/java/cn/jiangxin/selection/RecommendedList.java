package cn.jiangxin.selection;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.FormPdfLayout;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import org.springframework.stereotype.Component;

/**
 * The list of people the district recommends in a round, as the higher authority receives it: an Excel workbook
 * (title row, then 序号, 姓名, 工作单位, 职业（工种）, 人员类别, 推荐理由) and a PDF list under the Bureau's header with the
 * same columns, numbered pages, in the round's order. Always in Chinese: it is an official document.
 */
@Component
class RecommendedList {

    static final String BUREAU = "北京市朝阳区人力资源和社会保障局";
    private static final List<String> HEADERS = List.of("序号", "姓名", "工作单位", "职业（工种）", "人员类别", "推荐理由");

    static String title(Round round) {
        return round.year() + "年" + round.title() + "推荐人选名单";
    }

    void excel(SelectionRounds.RoundPage page, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, BUREAU + " " + title(page.round()),
                HEADERS.stream().map(h -> h.equals("序号") ? ExcelColumn.number(h) : ExcelColumn.text(h)).toList());
        int n = 0;
        for (List<String> row : rows(page)) {
            n++;
            table.row(n, row.get(1), row.get(2), row.get(3), row.get(4), row.get(5));
        }
        table.finish();
    }

    byte[] pdf(SelectionRounds.RoundPage page, LocalDate today) throws IOException {
        try (FormPdfLayout pdf = new FormPdfLayout()) {
            pdf.title(BUREAU, title(page.round()), "推荐名额" + page.round().places() + "名　" + ChineseDate.of(today));
            pdf.footer(title(page.round()));
            pdf.table("推荐人选（共" + page.ranked().size() + "人，按本轮排序规则排列）", List.of(
                    new FormPdfLayout.Column("序号", 28, true), new FormPdfLayout.Column("姓名", 56, true),
                    new FormPdfLayout.Column("工作单位", 120, false), new FormPdfLayout.Column("职业（工种）", 64, false),
                    new FormPdfLayout.Column("人员类别", 64, true), new FormPdfLayout.Column("推荐理由", 0, false)),
                    rows(page), 1);
            return pdf.toBytes();
        }
    }

    private static List<List<String>> rows(SelectionRounds.RoundPage page) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (CandidateOrder.Ranked r : page.ranked()) {
            Candidate c = r.candidate();
            n++;
            rows.add(List.of(String.valueOf(n), c.personName(), c.unitName(), c.trade() == null ? "" : c.trade(),
                    c.leadingTalent() ? "高技能领军人才" : "单位推荐人选",
                    r.best().map(a -> a.wording() + "（" + ChineseDate.of(a.achievedOn()) + "）")
                            .orElse(c.proposal() == null ? "" : c.proposal())));
        }
        return rows;
    }
}
