package cn.jiangxin.certification;

import java.time.LocalDate;

/** Dates as Chinese documents write them: 2026年5月11日. */
final class Dates {

    private Dates() {
    }

    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
