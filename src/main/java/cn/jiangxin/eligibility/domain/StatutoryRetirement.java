package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import cn.jiangxin.policy.PolicyTerms.RetirementScheme;

/**
 * Retirement date under the 2024-09-13 NPC Standing Committee decision: birth date plus the base age plus the
 * delay, in one {@code plusMonths} so that a month-end birth is clamped once (31 Jan + n months lands on the
 * last day of the target month; 29 Feb on 28 Feb in a common year).
 */
public final class StatutoryRetirement {

    private StatutoryRetirement() {
    }

    /** k = months from the start month to the birth month; none before it, else min(cap, floor(k/step) + 1). */
    public static int delayMonths(LocalDate birthDate, RetirementScheme scheme) {
        long k = ChronoUnit.MONTHS.between(scheme.startMonth(), YearMonth.from(birthDate));
        if (k < 0) {
            return 0;
        }
        return (int) Math.min(scheme.capMonths(), k / scheme.stepMonths() + 1);
    }

    /** The first day out of working age. */
    public static LocalDate retirementDate(LocalDate birthDate, RetirementScheme scheme) {
        return birthDate.plusMonths(scheme.baseYears() * 12L + delayMonths(birthDate, scheme));
    }

    /** The first day in working age: the birthday of the minimum age (29 Feb births: 28 Feb in a common year). */
    public static LocalDate workingAgeStart(LocalDate birthDate, int minimumAgeYears) {
        return birthDate.plusYears(minimumAgeYears);
    }
}
