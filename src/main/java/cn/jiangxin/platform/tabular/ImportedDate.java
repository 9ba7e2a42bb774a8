package cn.jiangxin.platform.tabular;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date from an imported list, in the forms Chinese lists use: 2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日,
 * 20240501, each optionally followed by a time (dropped); an Excel serial number of five digits (10000–99999,
 * i.e. 1927–2173; 45413 → 2024-05-01) as a CSV export or a date column without date format leaves it (a bare year
 * such as 2024 is refused, not read as a serial); and year and month alone (2024年5月, 2024-05), read as the
 * first of the month with a note.
 */
public final class ImportedDate {

    private static final Pattern FULL = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");

    private ImportedDate() {
    }

    public static Normalised<LocalDate> of(String raw) {
        String s = CleanText.of(raw);
        if (s.isEmpty()) {
            return Normalised.refused("日期为空");
        }
        Matcher m = FULL.matcher(s);
        if (m.matches() || (m = COMPACT.matcher(s)).matches()) {
            return day(s, m.group(1), m.group(2), m.group(3));
        }
        m = MONTH.matcher(s);
        if (m.matches()) {
            Normalised<LocalDate> first = day(s, m.group(1), m.group(2), "1");
            return first.accepted() ? Normalised.noted(first.value(), "日期“" + s + "”只有年月，按当月1日计") : first;
        }
        if (SERIAL.matcher(s).matches()) {
            double serial = Double.parseDouble(s);
            if (serial >= 1 && serial <= ExcelSerialDate.LAST_SERIAL && (long) serial != 60) {
                return Normalised.ok(ExcelSerialDate.toLocalDate(serial));
            }
        }
        return Normalised.refused("日期“" + shortened(s) + "”无法识别（可填2024-05-01、2024/5/1或2024年5月1日）");
    }

    private static Normalised<LocalDate> day(String s, String year, String month, String day) {
        try {
            return Normalised.ok(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Normalised.refused("日期“" + shortened(s) + "”不存在");
        }
    }

    static String shortened(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
