package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;

/** Dates as a citizen reads them: 2048年3月7日. */
final class ChineseDate {

    private ChineseDate() {
    }

    static String of(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
