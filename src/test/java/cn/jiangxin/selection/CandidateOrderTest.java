package cn.jiangxin.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The order of a round's list under the Chaoyang pack's ranking rule: leading talents before proposed people, then
 * the best achievement tier (WorldSkills > national > Beijing > Chaoyang > honours > studio), then the date of that
 * achievement, then the order listed; staff moves last. Every position says why.
 */
class CandidateOrderTest {

    private static final List<String> CHAOYANG = List.of("WORLDSKILLS", "NATIONAL_COMPETITION", "BEIJING_COMPETITION",
            "CHAOYANG_COMPETITION", "HONOUR", "STUDIO");

    private final Map<Long, CandidateRecord> records = new HashMap<>();
    private final CandidateOrder order = new CandidateOrder(CHAOYANG, Map.of("WORLDSKILLS", "世界技能大赛",
            "HONOUR", "荣誉称号及特殊津贴", "STUDIO", "技能大师工作室领办人"));
    private long ids;

    private Candidate candidate(String name, Candidate.Source source, CandidateRecord.Attainment... achievements) {
        long id = ++ids;
        records.put(id, new CandidateRecord(null, null, -1, List.of(achievements)));
        return new Candidate(id, 1, id, 1, name, "单位", source, "", null, null, null, null, null,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id), null, null, null, null, null, null, null, null);
    }

    private static CandidateRecord.Attainment a(AchievementTier tier, String date) {
        return new CandidateRecord.Attainment(tier, LocalDate.parse(date), tier.name());
    }

    private List<String> names(List<Candidate> candidates) {
        return order.rank(candidates, records::get).stream().map(r -> r.candidate().personName()).toList();
    }

    @Test
    void leadingTalentsComeFirstThenTheBestTierThenItsDate() {
        Candidate studio = candidate("工作室", Candidate.Source.LEADING_TALENT, a(AchievementTier.STUDIO, "2020-01-01"));
        Candidate honourLate = candidate("荣誉晚", Candidate.Source.LEADING_TALENT, a(AchievementTier.HONOUR, "2024-05-01"));
        Candidate world = candidate("世赛", Candidate.Source.LEADING_TALENT, a(AchievementTier.STUDIO, "2019-01-01"),
                a(AchievementTier.WORLDSKILLS, "2024-09-14"));
        Candidate proposedWorld = candidate("推荐世赛", Candidate.Source.PROPOSED, a(AchievementTier.WORLDSKILLS, "2010-01-01"));
        Candidate honourEarly = candidate("荣誉早", Candidate.Source.LEADING_TALENT, a(AchievementTier.HONOUR, "2021-05-01"));
        Candidate national = candidate("全国", Candidate.Source.LEADING_TALENT, a(AchievementTier.CHAOYANG_COMPETITION, "2018-01-01"),
                a(AchievementTier.NATIONAL_COMPETITION, "2025-09-20"));
        Candidate proposedNone = candidate("推荐无业绩", Candidate.Source.PROPOSED);

        assertThat(names(List.of(proposedNone, studio, honourLate, world, proposedWorld, honourEarly, national)))
                .containsExactly("世赛", "全国", "荣誉早", "荣誉晚", "工作室", "推荐世赛", "推荐无业绩");
    }

    @Test
    void aTieOfTierAndDateKeepsTheOrderListedWhateverOrderTheyComeIn() {
        Candidate first = candidate("先列入", Candidate.Source.LEADING_TALENT, a(AchievementTier.HONOUR, "2024-05-01"));
        Candidate second = candidate("后列入", Candidate.Source.LEADING_TALENT, a(AchievementTier.HONOUR, "2024-05-01"));
        Candidate third = candidate("再后", Candidate.Source.LEADING_TALENT, a(AchievementTier.HONOUR, "2024-05-01"));

        assertThat(names(List.of(third, first, second))).containsExactly("先列入", "后列入", "再后");
        assertThat(names(List.of(second, third, first))).containsExactly("先列入", "后列入", "再后");
    }

    @Test
    void theRuleIsTheParameterNotTheCode() {
        CandidateOrder studiosFirst = new CandidateOrder(List.of("STUDIO", "HONOUR", "WORLDSKILLS"), Map.of());
        Candidate world = candidate("世赛", Candidate.Source.LEADING_TALENT, a(AchievementTier.WORLDSKILLS, "2024-09-14"));
        Candidate studio = candidate("工作室", Candidate.Source.LEADING_TALENT, a(AchievementTier.STUDIO, "2025-01-01"));

        assertThat(studiosFirst.rank(List.of(world, studio), records::get).stream()
                .map(r -> r.candidate().personName())).containsExactly("工作室", "世赛");
    }

    @Test
    void aMoveByStaffPutsThePersonWhereChosenAndSaysWhy() {
        Candidate world = candidate("世赛", Candidate.Source.LEADING_TALENT, a(AchievementTier.WORLDSKILLS, "2024-09-14"));
        Candidate honour = candidate("荣誉", Candidate.Source.LEADING_TALENT, a(AchievementTier.HONOUR, "2021-05-01"));
        Candidate base = candidate("工作室", Candidate.Source.LEADING_TALENT, a(AchievementTier.STUDIO, "2020-01-01"));
        Candidate moved = new Candidate(base.id(), 1, base.personId(), 1, base.personName(), "单位", base.source(), "",
                null, null, null, null, null, base.listedAt(), 1, "市里要求优先推荐工作室领办人", Instant.now(), null, null,
                null, null, null);

        List<CandidateOrder.Ranked> ranked = order.rank(List.of(world, honour, moved), records::get);

        assertThat(ranked).extracting(r -> r.candidate().personName()).containsExactly("工作室", "世赛", "荣誉");
        assertThat(ranked).extracting(CandidateOrder.Ranked::position).containsExactly(1, 2, 3);
        assertThat(ranked.get(0).why()).contains("调整至第1位", "市里要求优先推荐工作室领办人");
        assertThat(ranked.get(1).why()).contains("高技能领军人才，优先", "世界技能大赛", "2024年9月14日");
    }
}
