package cn.jiangxin.care;

import java.time.Instant;
import java.time.LocalDate;

/** A stored round of holiday-care visits: its name, occasion, visit window (both days included) and note. */
record CareRound(long id, String name, Occasion occasion, LocalDate from, LocalDate to, String note,
        Instant createdAt) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
