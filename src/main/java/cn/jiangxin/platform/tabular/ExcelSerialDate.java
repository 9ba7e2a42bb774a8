package cn.jiangxin.platform.tabular;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Excel's serial dates: in the 1900 date system day 1 is 1900-01-01 and day 60 is 1900-02-29, a day that never
 * was (Excel copied Lotus 1-2-3's belief that 1900 was a leap year), so from day 61 (1900-03-01) on, a serial
 * counts from 1899-12-30; in the 1904 date system (old Mac workbooks) day 0 is 1904-01-01.
 */
public final class ExcelSerialDate {

    /** 9999-12-31, the last day Excel knows. */
    public static final int LAST_SERIAL = 2_958_465;

    private ExcelSerialDate() {
    }

    /**
     * The day of a serial of the 1900 date system (its fraction, the time of day, is dropped).
     *
     * @throws IllegalArgumentException for a serial below 1, above {@link #LAST_SERIAL}, not a number, or 60
     */
    public static LocalDate toLocalDate(double serial) {
        return toLocalDate(serial, false);
    }

    public static LocalDate toLocalDate(double serial, boolean date1904) {
        return toLocalDateTime(serial, date1904).toLocalDate();
    }

    /** The moment of a serial, to the second (the fraction is the time of day). */
    public static LocalDateTime toLocalDateTime(double serial, boolean date1904) {
        if (Double.isNaN(serial) || serial < (date1904 ? 0 : 1) || serial >= LAST_SERIAL + 1) {
            throw new IllegalArgumentException("not an Excel serial date: " + serial);
        }
        long day = (long) Math.floor(serial);
        long seconds = Math.round((serial - day) * 86_400);
        LocalDate date;
        if (date1904) {
            date = LocalDate.of(1904, 1, 1).plusDays(day);
        } else if (day < 60) {
            date = LocalDate.of(1899, 12, 31).plusDays(day);
        } else if (day == 60) {
            throw new IllegalArgumentException("Excel serial 60 is 1900-02-29, which does not exist");
        } else {
            date = LocalDate.of(1899, 12, 30).plusDays(day);
        }
        return date.atStartOfDay().plusSeconds(seconds);
    }
}
