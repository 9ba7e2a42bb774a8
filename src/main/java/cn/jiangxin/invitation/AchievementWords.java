package cn.jiangxin.invitation;

import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.listimport.ImportKind;
import cn.jiangxin.listimport.ImportedEntry;
import cn.jiangxin.listimport.ImportedListSummary;
import cn.jiangxin.platform.ChineseDate;

/** An imported achievement in words, and the list it is on as an evidence reference. */
final class AchievementWords {

    private AchievementWords() {
    }

    /**
     * E.g. 第47届世界技能大赛 · 焊接项目 · 第1名 · 个人 · 2024年9月15日; a competition entry without a place says
     * 名次未载明, an honour or studio entry gives a place only when the list has one.
     */
    static String of(ImportedEntry e, ImportKind kind) {
        List<String> parts = new ArrayList<>();
        String competition = e.competition() == null ? "" : e.competition().strip();
        String edition = e.edition() == null ? "" : e.edition().strip();
        if (!competition.isEmpty()) {
            parts.add(!edition.isEmpty() && !competition.contains(edition) ? edition + competition : competition);
        } else if (!edition.isEmpty()) {
            parts.add(edition);
        }
        if (e.eventName() != null && !e.eventName().isBlank()) {
            parts.add(e.eventName().strip());
        }
        if (e.place() != null) {
            parts.add("第" + e.place() + "名");
        } else if (kind == ImportKind.COMPETITION) {
            parts.add("名次未载明");
        }
        if (e.teamOrIndividual() != null && !e.teamOrIndividual().isBlank()) {
            parts.add(e.teamOrIndividual().strip());
        }
        if (e.achievedOn() != null) {
            parts.add(ChineseDate.of(e.achievedOn()));
        }
        String words = String.join(" · ", parts);
        return words.length() > 600 ? words.substring(0, 600) : words;
    }

    /** E.g. 名单“第47届世界技能大赛 成绩”（文件 ws47.xlsx，第12行）. */
    static String evidence(ImportedEntry e, ImportedListSummary list) {
        return "名单“" + list.source() + "”（文件 " + list.fileName() + "，第" + e.rowNo() + "行）";
    }
}
