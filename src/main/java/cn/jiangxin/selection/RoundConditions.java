package cn.jiangxin.selection;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiangxin.platform.RuleViolationException;

/**
 * The conditions a round sets, each only when set: the lowest skill level (a code of the form's levels), the trades
 * (any of them; none: every trade), the highest age on the deciding date and the fewest years of service.
 */
public record RoundConditions(String minSkillLevel, List<String> trades, Integer maxAge, Integer minServiceYears) {

    static final int MAX_TRADES = 20;

    /** The facts of one person the conditions are checked against; unknown facts are null (rank -1). */
    record Facts(String skillLevel, int skillRank, String trade, LocalDate birthDate, Integer serviceYears) {
    }

    /** Whether a person meets the conditions, with the reason for each condition checked. */
    record Check(boolean met, List<String> reasons) {

        String joined() {
            return String.join("；", reasons);
        }
    }

    public RoundConditions {
        minSkillLevel = minSkillLevel == null || minSkillLevel.isBlank() ? null : minSkillLevel.strip();
        trades = trades == null ? List.of() : trades.stream().map(String::strip).filter(t -> !t.isEmpty())
                .distinct().toList();
        if (trades.size() > MAX_TRADES || trades.stream().anyMatch(t -> t.length() > 50)) {
            throw new RuleViolationException("trades", "selection.error.trades");
        }
        if (maxAge != null && (maxAge < 16 || maxAge > 80)) {
            throw new RuleViolationException("maxAge", "selection.error.maxAge");
        }
        if (minServiceYears != null && (minServiceYears < 0 || minServiceYears > 60)) {
            throw new RuleViolationException("minServiceYears", "selection.error.serviceYears");
        }
    }

    public static RoundConditions none() {
        return new RoundConditions(null, List.of(), null, null);
    }

    /** The trades one per line, as stored and typed. */
    String tradesText() {
        return String.join("\n", trades);
    }

    static List<String> tradesOf(String text) {
        return text == null ? List.of() : List.of(text.split("[\\n,，、;；]+"));
    }

    /**
     * Checks {@code facts} on {@code day} (the deciding date); {@code levels} are the skill levels, code to words,
     * lowest first.
     */
    Check check(Facts facts, LocalDate day, Map<String, String> levels) {
        List<String> reasons = new ArrayList<>();
        boolean met = true;
        if (minSkillLevel != null) {
            int needed = List.copyOf(levels.keySet()).indexOf(minSkillLevel);
            String words = levels.getOrDefault(minSkillLevel, minSkillLevel);
            if (facts.skillRank() < 0) {
                met = false;
                reasons.add("技能等级未登记（须" + words + "及以上）");
            } else if (facts.skillRank() < needed) {
                met = false;
                reasons.add("技能等级" + levels.getOrDefault(facts.skillLevel(), "") + "低于" + words);
            } else {
                reasons.add("技能等级" + levels.getOrDefault(facts.skillLevel(), "") + "，符合" + words + "及以上");
            }
        }
        if (!trades.isEmpty()) {
            if (facts.trade() != null && trades.contains(facts.trade().strip())) {
                reasons.add("职业（工种）" + facts.trade() + "在本轮范围内");
            } else {
                met = false;
                reasons.add("职业（工种）" + (facts.trade() == null ? "未登记" : facts.trade()) + "不在本轮范围（"
                        + String.join("、", trades) + "）内");
            }
        }
        if (maxAge != null) {
            int age = Period.between(facts.birthDate(), day).getYears();
            if (age > maxAge) {
                met = false;
                reasons.add("评选决定日" + age + "周岁，超过" + maxAge + "周岁");
            } else {
                reasons.add("评选决定日" + age + "周岁，不超过" + maxAge + "周岁");
            }
        }
        if (minServiceYears != null) {
            if (facts.serviceYears() == null) {
                reasons.add("工作年限未登记，须单位核实（本轮要求" + minServiceYears + "年以上）");
            } else if (facts.serviceYears() < minServiceYears) {
                met = false;
                reasons.add("工作年限" + facts.serviceYears() + "年，不足" + minServiceYears + "年");
            } else {
                reasons.add("工作年限" + facts.serviceYears() + "年，符合" + minServiceYears + "年以上");
            }
        }
        return new Check(met, reasons);
    }
}
