package cn.jiangxin.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A selection round as stored: what it is for ({@code purpose}: a code of the policy's list, or
 * {@link #PROGRAMME}), its title, year, places, conditions, the window for units to propose (closed early when
 * staff end it), the deciding date and the ranking tiers copied from the policy version it was opened under.
 */
record Round(long id, String purpose, String title, int year, int places, RoundConditions conditions,
        LocalDate proposalsOpen, LocalDate proposalsClose, Instant proposalsEndedAt, LocalDate decideOn,
        List<String> rankingTiers, String policyVersion, Instant createdAt) {

    static final String PROGRAMME = "PROGRAMME";

    enum Stage { UPCOMING, PROPOSING, DECIDING }

    public Stage stageOn(LocalDate day) {
        if (proposalsEndedAt != null || day.isAfter(proposalsClose)) {
            return Stage.DECIDING;
        }
        return day.isBefore(proposalsOpen) ? Stage.UPCOMING : Stage.PROPOSING;
    }

    /** An honour, which counts as an achievement of the person when won (not a programme). */
    public boolean forHonour() {
        return !PROGRAMME.equals(purpose);
    }
}
