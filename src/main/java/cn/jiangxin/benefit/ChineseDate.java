package cn.jiangxin.benefit;

import java.time.LocalDate;

/** A date as Chinese messages write it: 2026年5月1日. */
final class ChineseDate {

    private ChineseDate() {
    }

    static String of(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
