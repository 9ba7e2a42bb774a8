package cn.jiangxin.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the calendar's exception days and the years whose official arrangement is loaded. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarDay> exceptions(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT cal_date, kind, name FROM calendar_day WHERE cal_date BETWEEN ? AND ? ORDER BY cal_date")
                .params(from, to)
                .query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    /** Inserts the day, or replaces the one of its date. */
    void put(CalendarDay day) {
        int updated = jdbc.sql("UPDATE calendar_day SET kind = ?, name = ? WHERE cal_date = ?")
                .params(day.kind().name(), day.name(), day.date()).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO calendar_day (cal_date, kind, name) VALUES (?, ?, ?)")
                        .params(day.date(), day.kind().name(), day.name()).update();
            } catch (DuplicateKeyException concurrentInsert) {
                jdbc.sql("UPDATE calendar_day SET kind = ?, name = ? WHERE cal_date = ?")
                        .params(day.kind().name(), day.name(), day.date()).update();
            }
        }
    }

    /** False when there was no exception on that date. */
    boolean remove(LocalDate date) {
        return jdbc.sql("DELETE FROM calendar_day WHERE cal_date = ?").param(date).update() > 0;
    }

    void markArrangementLoaded(int year, String source) {
        if (jdbc.sql("UPDATE calendar_year SET source = ? WHERE cal_year = ?").params(source, year).update() == 0) {
            jdbc.sql("INSERT INTO calendar_year (cal_year, source) VALUES (?, ?)").params(year, source).update();
        }
    }

    /** Every exception day, and the years with an arrangement. */
    WorkingDays workingDays() {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        jdbc.sql("SELECT cal_date, kind FROM calendar_day").query((rs, n) -> {
            exceptions.put(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)));
            return null;
        }).list();
        Set<Integer> years = new HashSet<>(jdbc.sql("SELECT cal_year FROM calendar_year").query(Integer.class).list());
        return new WorkingDays(exceptions, years);
    }
}
