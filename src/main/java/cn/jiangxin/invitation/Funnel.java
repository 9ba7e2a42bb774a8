package cn.jiangxin.invitation;

import java.util.List;
import java.util.Map;

/**
 * A list's way from import to certification: rows imported (accepted), entries matched to a registered person
 * (settled), candidates found, invited, nominated (a case opened), certified. Each stage counts the entries that
 * reached it, whatever happened after (a dismissed candidate still was one).
 */
record Funnel(long imported, long matched, long candidates, long invited, long nominated, long certified) {

    static final List<String> STAGES = List.of("imported", "matched", "candidates", "invited", "nominated",
            "certified");

    static Funnel of(long imported, long matched, Map<CandidateStatus, Long> counts) {
        long certified = counts.get(CandidateStatus.CERTIFIED);
        long nominated = certified + counts.get(CandidateStatus.NOMINATED);
        long invited = nominated + counts.get(CandidateStatus.INVITED) + counts.get(CandidateStatus.DECLINED);
        long candidates = invited + counts.get(CandidateStatus.CANDIDATE) + counts.get(CandidateStatus.DISMISSED);
        return new Funnel(imported, matched, candidates, invited, nominated, certified);
    }

    public List<Long> values() {
        return List.of(imported, matched, candidates, invited, nominated, certified);
    }

    /** The figures for the chart, as JSON numbers in stage order. */
    public String chartData() {
        return values().toString();
    }
}
