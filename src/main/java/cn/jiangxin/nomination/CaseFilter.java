package cn.jiangxin.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which cases a case list or a to-do count takes: the states, whose cases (one unit, or every unit's submitted
 * cases for Bureau staff: a unit's unsubmitted draft is its own), the search text (a person's name, pinyin initials
 * or a case number), the submission days, and the narrower marks a work page links to: submitted before a moment
 * (overdue), under review by one account, or still without the stamped recommendation form.
 */
public record CaseFilter(Set<NominationState> states, Long unitId, boolean submittedOnly, String search,
        Optional<LocalDate> from, Optional<LocalDate> to, Instant submittedBefore, Long reviewer,
        boolean stampedFormMissing) {

    public CaseFilter {
        states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        search = search == null ? "" : search.strip();
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Cases in these states, of every unit, nothing else narrowed. */
    public static CaseFilter inStates(Set<NominationState> states) {
        return new CaseFilter(states, null, false, "", Optional.empty(), Optional.empty(), null, null, false);
    }

    /** Only cases of this unit ({@code null}: every unit). */
    public CaseFilter ofUnit(Long unit) {
        return new CaseFilter(states, unit, submittedOnly, search, from, to, submittedBefore, reviewer,
                stampedFormMissing);
    }

    /** Only cases submitted at least once: what Bureau staff may see. */
    public CaseFilter submitted() {
        return new CaseFilter(states, unitId, true, search, from, to, submittedBefore, reviewer, stampedFormMissing);
    }

    public CaseFilter searching(String text, Optional<LocalDate> fromDay, Optional<LocalDate> toDay) {
        return new CaseFilter(states, unitId, submittedOnly, text, fromDay, toDay, submittedBefore, reviewer,
                stampedFormMissing);
    }

    /** Only cases (last) submitted before {@code moment}. */
    public CaseFilter submittedBefore(Instant moment) {
        return new CaseFilter(states, unitId, submittedOnly, search, from, to, moment, reviewer, stampedFormMissing);
    }

    /** Only cases whose current review the account took. */
    public CaseFilter reviewedBy(long account) {
        return new CaseFilter(states, unitId, submittedOnly, search, from, to, submittedBefore, account,
                stampedFormMissing);
    }

    /** Only cases without an uploaded stamped recommendation form. */
    public CaseFilter withoutStampedForm() {
        return new CaseFilter(states, unitId, submittedOnly, search, from, to, submittedBefore, reviewer, true);
    }
}
