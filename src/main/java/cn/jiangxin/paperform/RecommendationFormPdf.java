package cn.jiangxin.paperform;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.AchievementWords;
import cn.jiangxin.nomination.CasePage;
import cn.jiangxin.nomination.NominationDraft;
import cn.jiangxin.platform.FormPdfLayout;
import org.springframework.stereotype.Component;

/**
 * The recommendation form (推荐表, WF-1) as a printable A4 PDF in Chinese, to be signed and stamped by the unit and
 * uploaded back as a scan. It carries the full ID and phone numbers, as the official form must.
 */
@Component
class RecommendationFormPdf {

    private final Clock clock;
    private final AchievementWords words;

    RecommendationFormPdf(Clock clock, AchievementWords words) {
        this.clock = clock;
        this.words = words;
    }

    byte[] render(CasePage c) throws IOException {
        NominationDraft d = c.nomination().draft();
        try (FormPdfLayout pdf = new FormPdfLayout()) {
            pdf.title(NominationDraft.FORM_TITLE, "编号：" + c.nomination().id() + "    打印日期：" + LocalDate.now(clock));
            pdf.row("姓名", c.person().name(), 1);
            pdf.row("性别", c.person().sex() == cn.jiangxin.person.Sex.MALE ? "男" : "女", 1);
            pdf.row("身份证号码", c.person().idNumber().value(), 1);
            pdf.row("出生日期", c.person().birthDate().toString(), 1);
            pdf.row("民族", d.ethnicity(), 1);
            pdf.row("政治面貌", d.politicalStatus(), 1);
            pdf.row("学历", d.education(), 1);
            pdf.row("职业（工种）", d.occupation(), 1);
            pdf.row("技能等级", d.skillLevel() == null ? "" : d.skillLevel().label(), 1);
            pdf.row("工作单位", c.unit().name(), 1);
            pdf.row("单位地址", c.unit().address(), 1);
            pdf.row("联系电话", c.person().phone().value(), 1);
            pdf.row("符合条件的业绩", d.achievements().stream().map(this::describe)
                    .collect(Collectors.joining("\n")), 2);
            if (c.trainingUnit() != null) {
                pdf.row("培养单位", c.trainingUnitName(), 1);
            }
            pdf.row("主要业绩", d.accomplishments(), 6);
            pdf.row("推荐单位意见", d.unitOpinion() + "\n\n负责人签字：                    推荐单位（盖章）\n\n"
                    + "                                        年      月      日", 6);
            pdf.row("区人力资源和社会保障局审核意见", "\n\n                                        年      月      日", 4);
            return pdf.toBytes();
        }
    }

    private String describe(Achievement a) {
        String what = words.describeInChinese(a);
        String when = a.achievedOn() == null ? "" : "（" + a.achievedOn() + "）";
        String note = a.description().isEmpty() ? "" : "：" + a.description();
        return (a.index() + 1) + ". " + what + when + note;
    }
}
