package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;
import java.util.Optional;

import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.Medal;
import cn.jiangxin.policy.PolicyTerms;

/** One achievement judged against the criteria of a version on a date: which criterion, does it count, and why. */
record AssessedAchievement(Achievement achievement, Criterion criterion, boolean counts, String description) {

    static AssessedAchievement of(Achievement a, LocalDate asOf, PolicyTerms terms) {
        Criterion criterion;
        String what;
        String unmet = null;
        if (a instanceof Achievement.CompetitionPlace p) {
            criterion = Criterion.C1_COMPETITION;
            what = Competition.ofCode(p.competition()).map(Competition::chineseName).orElse(p.competition())
                    + "第" + p.place() + "名";
            Optional<Integer> lowest = terms.lowestCountingPlace(p.competition());
            if (lowest.isEmpty()) {
                unmet = "该竞赛不在第三条第（一）项所列范围内";
            } else if (p.place() > lowest.get()) {
                unmet = lowest.get() == 1 ? "须获得第一名" : "须获得前" + lowest.get() + "名";
            }
        } else if (a instanceof Achievement.Honor h) {
            criterion = Criterion.C2_HONOR;
            String name = terms.honors().get(h.code());
            what = "“" + (name == null ? h.code() : name) + "”";
            if (name == null) {
                unmet = "不在本版本政策所列荣誉称号和津贴范围内";
            }
        } else {
            Achievement.StudioLeadership s = (Achievement.StudioLeadership) a;
            criterion = Criterion.C3_STUDIO_LEADER;
            String level = terms.studioLevels().get(s.level());
            what = (level == null ? s.level() : level) + "技能大师工作室领办人";
            if (level == null) {
                unmet = "该级别工作室不在本版本政策所列范围内";
            }
        }
        what = what + "（" + ChineseDate.of(a.date()) + "）";
        if (unmet == null && a.date().isAfter(asOf)) {
            unmet = "取得日期晚于测评日" + ChineseDate.of(asOf) + "，不计入";
        }
        Optional<Integer> lookback = terms.achievementLookbackYears();
        if (unmet == null && lookback.isPresent() && a.date().isBefore(asOf.minusYears(lookback.get()))) {
            unmet = "取得日期早于测评日前" + lookback.get() + "年，不计入";
        }
        return new AssessedAchievement(a, criterion, unmet == null, unmet == null ? what : what + "：" + unmet);
    }

    boolean isWorldSkillsGold() {
        return counts && achievement instanceof Achievement.CompetitionPlace p
                && Competition.ofCode(p.competition()).filter(c -> Medal.isWorldSkillsGold(c, p.place())).isPresent();
    }
}
