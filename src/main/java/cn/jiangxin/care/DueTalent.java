package cn.jiangxin.care;

import java.time.LocalDate;

/**
 * A leading talent due for a round: active in its window with HOLIDAY_CARE uses left in the support year of the window's
 * start (or of the period's first day, when the period begins within the window); {@code lastVisit} is null when never
 * visited.
 */
record DueTalent(long personId, String name, long unitId, String unitName, int used, int left,
        LocalDate lastVisit) {
}
