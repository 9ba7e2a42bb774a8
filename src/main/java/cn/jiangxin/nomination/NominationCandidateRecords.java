package cn.jiangxin.nomination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangxin.selection.AchievementTier;
import cn.jiangxin.selection.CandidateRecord;
import cn.jiangxin.selection.CandidateRecords;
import org.springframework.stereotype.Component;

/**
 * Selection's view of a person's record: the trade and skill level of their latest form, the achievements of their
 * forms that no reviewer found unconfirmed (each once), and the honours won in earlier rounds.
 */
@Component
class NominationCandidateRecords implements CandidateRecords {

    private final NominationStore store;
    private final RecordedHonours honours;
    private final AchievementWords words;

    NominationCandidateRecords(NominationStore store, RecordedHonours honours, AchievementWords words) {
        this.store = store;
        this.honours = honours;
        this.words = words;
    }

    @Override
    public CandidateRecord of(long personId) {
        List<NominationView> cases = store.ofPerson(personId);
        List<CandidateRecord.Attainment> attainments = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NominationView n : cases) {
            for (Achievement a : n.draft().achievements()) {
                boolean refuted = n.check(a.index()).filter(c -> !c.confirmed()).isPresent();
                String key = a.kind() + ":" + a.competition() + ":" + a.place() + ":" + a.honour() + ":"
                        + a.studioLevel() + ":" + a.achievedOn();
                if (!refuted && seen.add(key)) {
                    tier(a).ifPresent(t -> attainments.add(new CandidateRecord.Attainment(t, a.achievedOn(),
                            words.describeInChinese(a))));
                }
            }
        }
        for (Achievement a : honours.of(personId)) {
            attainments.add(new CandidateRecord.Attainment(AchievementTier.HONOUR, a.achievedOn(),
                    words.describeInChinese(a)));
        }
        if (cases.isEmpty()) {
            return new CandidateRecord(null, null, -1, attainments);
        }
        NominationDraft latest = cases.get(0).draft();
        SkillLevel level = latest.skillLevel();
        return new CandidateRecord(blankToNull(latest.occupation()), level == null ? null : level.name(),
                level == null ? -1 : level.ordinal(), attainments);
    }

    @Override
    public Map<String, String> skillLevels() {
        Map<String, String> out = new LinkedHashMap<>();
        for (SkillLevel l : SkillLevel.values()) {
            out.put(l.name(), l.label());
        }
        return out;
    }

    private static java.util.Optional<AchievementTier> tier(Achievement a) {
        return switch (a.kind()) {
            case COMPETITION -> AchievementTier.ofCompetition(a.competition().name());
            case HONOR -> java.util.Optional.of(AchievementTier.HONOUR);
            case STUDIO_LEADER -> java.util.Optional.of(AchievementTier.STUDIO);
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
