package cn.jiangxin.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.jiangxin.platform.ChineseDate;

/**
 * The order of a round's list, as the page states it: active leading talents first (art. 4 item (二) “优先推荐”), then
 * people proposed by their units; within each, by the best achievement tier of the round's ranking rule (the policy
 * parameter {@code selection.rankingTiers}, copied when the round opened), then by the date of that achievement,
 * earlier first; people without a ranked achievement after those with one; a tie (same tier, same date) by the order
 * they were listed. Staff moves are applied last, in the order they were made: the person moved goes to the position
 * chosen and the others close up.
 */
final class CandidateOrder {

    /** A candidate in place: its position (from 1), its best achievement if any, and why it stands there. */
    record Ranked(int position, Candidate candidate, Optional<CandidateRecord.Attainment> best, String why) {
    }

    private final List<String> tiers;
    private final Map<String, String> tierWords;

    /** {@code tiers}: the round's ranking tiers, best first; {@code tierWords}: code to words for the reasons. */
    CandidateOrder(List<String> tiers, Map<String, String> tierWords) {
        this.tiers = List.copyOf(tiers);
        this.tierWords = tierWords;
    }

    /** The best achievement of a record under this rule: the best tier, and in it the earliest date. */
    Optional<CandidateRecord.Attainment> best(CandidateRecord record) {
        return record.achievements().stream().filter(a -> tiers.contains(a.tier().name()))
                .min(Comparator.comparingInt((CandidateRecord.Attainment a) -> tiers.indexOf(a.tier().name()))
                        .thenComparing(CandidateRecord.Attainment::achievedOn));
    }

    List<Ranked> rank(List<Candidate> candidates, Function<Long, CandidateRecord> records) {
        record Entry(Candidate c, Optional<CandidateRecord.Attainment> best) {
        }
        List<Entry> entries = new ArrayList<>(candidates.stream()
                .map(c -> new Entry(c, best(records.apply(c.personId())))).toList());
        entries.sort(Comparator.comparing((Entry e) -> e.c().leadingTalent() ? 0 : 1)
                .thenComparingInt(e -> e.best().map(a -> tiers.indexOf(a.tier().name())).orElse(tiers.size()))
                .thenComparing(e -> e.best().map(CandidateRecord.Attainment::achievedOn).orElse(java.time.LocalDate.MAX))
                .thenComparingLong(e -> e.c().id()));
        List<Entry> moved = entries.stream().filter(e -> e.c().movedTo() != null)
                .sorted(Comparator.comparing((Entry e) -> e.c().movedAt()).thenComparingLong(e -> e.c().id()))
                .toList();
        for (Entry e : moved) {
            entries.remove(e);
            entries.add(Math.min(e.c().movedTo(), entries.size() + 1) - 1, e);
        }
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.add(new Ranked(i + 1, e.c(), e.best(), why(e.c(), e.best())));
        }
        return out;
    }

    private String why(Candidate c, Optional<CandidateRecord.Attainment> best) {
        StringBuilder why = new StringBuilder(c.leadingTalent() ? "高技能领军人才，优先" : "单位推荐人选，列于领军人才之后");
        why.append("；").append(best.map(a -> "最高业绩档次：" + tierWords.getOrDefault(a.tier().name(), a.tier().name())
                + "（" + a.wording() + "，" + ChineseDate.of(a.achievedOn()) + "）")
                .orElse("无可排序的业绩，列于同类之后"));
        if (c.movedTo() != null) {
            why.append("；工作人员调整至第").append(c.movedTo()).append("位：").append(c.moveReason());
        }
        return why.toString();
    }
}
