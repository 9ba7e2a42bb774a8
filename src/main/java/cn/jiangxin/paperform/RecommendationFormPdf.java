package cn.jiangxin.paperform;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.AchievementWords;
import cn.jiangxin.nomination.CasePage;
import cn.jiangxin.nomination.NominationDraft;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.FormPdfLayout;
import cn.jiangxin.platform.FormPdfLayout.Cell;
import cn.jiangxin.platform.FormPdfLayout.Column;
import org.springframework.stereotype.Component;

/**
 * The recommendation form (推荐表, WF-1) as a printable A4 PDF in Chinese, to be signed and stamped by the unit and
 * uploaded back as a scan. It carries the full ID and phone numbers, as the official form must, and the case's number
 * (never its database id) in its header and at the foot of every page, so that the pages of a scan can be matched.
 * The personal details stand beside the photo box at the top right, where such forms have it; the achievements are a
 * table; long texts continue on further pages; the unit's signature and stamp area ends its opinion.
 */
@Component
class RecommendationFormPdf {

    static final String PHOTO_PLACEHOLDER = "照片";
    static final List<String> UNIT_SIGNATURE = List.of("单位负责人签字：", "", "单位盖章：", "", "日期：        年      月      日");
    static final List<String> BUREAU_SIGNATURE = List.of("（盖章）", "", "日期：        年      月      日");

    private static final List<Column> ACHIEVEMENT_COLUMNS = List.of(new Column("序号", 32, true),
            new Column("业绩", 130, false), new Column("获得日期", 72, true), new Column("说明", 0, false));

    private final Clock clock;
    private final AchievementWords words;

    RecommendationFormPdf(Clock clock, AchievementWords words) {
        this.clock = clock;
        this.words = words;
    }

    /**
     * The form of the case, with its photo ({@code photo}: a JPEG or PNG checked on upload) in the photo box. The boxes
     * leave room to write by hand; when that room would push the last box (the Bureau's) onto a page of its own, the
     * form is laid out again with less of it, so that the last page is not that box alone.
     */
    byte[] render(CasePage c, Optional<byte[]> photo) throws IOException {
        Printed ample = render(c, photo, Room.AMPLE);
        return ample.lastBoxAlone() ? render(c, photo, Room.TIGHT).pdf() : ample.pdf();
    }

    /**
     * Room to write by hand, at the least: rows of the achievements table, lines of the accomplishments, of the
     * unit's and of the Bureau's opinion.
     */
    private enum Room {
        AMPLE(2, 8, 3, 3), TIGHT(1, 2, 1, 0);

        final int achievements;
        final int accomplishments;
        final int opinion;
        final int bureau;

        Room(int achievements, int accomplishments, int opinion, int bureau) {
            this.achievements = achievements;
            this.accomplishments = accomplishments;
            this.opinion = opinion;
            this.bureau = bureau;
        }
    }

    private record Printed(byte[] pdf, boolean lastBoxAlone) {
    }

    private Printed render(CasePage c, Optional<byte[]> photo, Room room) throws IOException {
        NominationDraft d = c.nomination().draft();
        String number = "推荐编号：" + c.number();
        try (FormPdfLayout pdf = new FormPdfLayout()) {
            pdf.footer(number);
            pdf.title(NominationDraft.FORM_TITLE, number, "打印日期：" + ChineseDate.of(LocalDate.now(clock)));
            pdf.details(details(c, d), 5, photo.orElse(null), PHOTO_PLACEHOLDER);
            pdf.table("符合条件的业绩", ACHIEVEMENT_COLUMNS, d.achievements().stream().map(this::achievement).toList(),
                    room.achievements);
            pdf.row("主要业绩", d.accomplishments(), room.accomplishments);
            pdf.signedRow("推荐单位意见", d.unitOpinion(), room.opinion, UNIT_SIGNATURE);
            boolean alone = pdf.lastRow("区人力资源和社会保障局审核意见", "", room.bureau, BUREAU_SIGNATURE);
            return new Printed(pdf.toBytes(), alone);
        }
    }

    /** Five rows beside the photo, then the unit's. */
    private static List<List<Cell>> details(CasePage c, NominationDraft d) {
        var person = c.person();
        List<List<Cell>> rows = new java.util.ArrayList<>(List.of(
                List.of(Cell.label("姓名"), Cell.value(person.name()), Cell.label("性别"),
                        Cell.value(person.sex() == Sex.MALE ? "男" : "女")),
                List.of(Cell.label("出生日期"), Cell.value(ChineseDate.of(person.birthDate())), Cell.label("民族"),
                        Cell.value(d.ethnicity())),
                List.of(Cell.label("政治面貌"), Cell.value(d.politicalStatus()), Cell.label("学历"),
                        Cell.value(d.education())),
                List.of(Cell.label("身份证号码"), Cell.value(person.idNumber().value(), 3)),
                List.of(Cell.label("职业（工种）"), Cell.value(d.occupation()), Cell.label("技能等级"),
                        Cell.value(d.skillLevel() == null ? "" : d.skillLevel().label())),
                List.of(Cell.label("工作单位"), Cell.value(c.unit().name(), 3)),
                List.of(Cell.label("联系电话"), Cell.value(person.phone() == null ? "" : person.phone().value()),
                        Cell.label("单位地址"), Cell.value(c.unit().address()))));
        if (c.trainingUnit() != null) {
            rows.add(List.of(Cell.label("培养单位"), Cell.value(c.trainingUnitName(), 3)));
        }
        return rows;
    }

    private List<String> achievement(Achievement a) {
        return List.of(String.valueOf(a.index() + 1), words.describeInChinese(a),
                a.achievedOn() == null ? "" : a.achievedOn().toString(), a.description());
    }
}
