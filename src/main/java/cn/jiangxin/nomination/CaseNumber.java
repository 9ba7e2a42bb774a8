package cn.jiangxin.nomination;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangxin.platform.BeijingTime;

/**
 * The number a case is known by to people (CYTJ-2026-0007): the district's prefix for a recommendation (朝阳 推荐),
 * the year the case was opened (Beijing time) and its serial, at least four digits. Pages, exports and messages show
 * it instead of the database id; searches accept it (or the serial alone) and find the case.
 */
public record CaseNumber(int year, long serial) {

    public static final String PREFIX = "CYTJ";

    private static final Pattern TYPED = Pattern.compile("(?i)\\s*(?:CYTJ\\s*-?\\s*(\\d{4})\\s*-?\\s*)?0*(\\d{1,12})\\s*");

    public CaseNumber {
        if (year < 2000 || year > 9999 || serial < 1) {
            throw new IllegalArgumentException("not a case number: " + year + "/" + serial);
        }
    }

    /** The number of the case with this id, opened at {@code createdAt}. */
    public static CaseNumber of(long id, Instant createdAt) {
        return new CaseNumber(createdAt.atZone(BeijingTime.ZONE).getYear(), id);
    }

    public static CaseNumber of(NominationView n) {
        return of(n.id(), n.createdAt());
    }

    /** The case id a typed number stands for (CYTJ-2026-0007, cytj20260007 or 7), if the text is one. */
    public static Optional<Long> idIn(String typed) {
        Matcher m = TYPED.matcher(typed == null ? "" : typed);
        if (!m.matches() || m.group(1) == null && typed.strip().length() > 12) {
            return Optional.empty();
        }
        long serial = Long.parseLong(m.group(2));
        return serial < 1 ? Optional.empty() : Optional.of(serial);
    }

    @Override
    public String toString() {
        String digits = Long.toString(serial);
        return PREFIX + "-" + year + "-" + "0000".substring(Math.min(4, digits.length())) + digits;
    }
}
