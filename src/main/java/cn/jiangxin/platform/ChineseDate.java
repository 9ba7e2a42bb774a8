package cn.jiangxin.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** A date as Chinese documents and messages write it: 2026年5月1日. */
public final class ChineseDate {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private ChineseDate() {
    }

    public static String of(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** A date and time to the minute: 2026年5月1日 09:30. */
    public static String atMinute(LocalDateTime at) {
        return of(at.toLocalDate()) + " " + MINUTE.format(at);
    }
}
