package cn.jiangxin.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar other modules ask: is this a working day, what is N working days after a date, how many working
 * days old is a case. Administrators edit the exception days; each edit reloads the calendar.
 */
@Service
public class WorkingCalendar {

    /** Other nodes' edits show up here within this time. */
    private static final long RELOAD_AFTER_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    private record Loaded(WorkingDays days, long at) {
    }

    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    WorkingCalendar(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public boolean isWorkingDay(LocalDate day) {
        return days().isWorkingDay(day);
    }

    public LocalDate plusWorkingDays(LocalDate start, int n) {
        return days().plusWorkingDays(start, n);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return days().workingDaysBetween(from, to);
    }

    public boolean hasArrangementFor(int year) {
        return days().hasArrangementFor(year);
    }

    public List<CalendarDay> exceptions(int year) {
        return jdbc.sql("SELECT cal_date, kind, name FROM calendar_day WHERE cal_date BETWEEN ? AND ? ORDER BY cal_date")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    @Transactional
    public void put(CalendarDay day) {
        if (day.name().isEmpty() || day.name().length() > 50) {
            throw new RuleViolationException("name", "请填写节日或调休名称（不超过50字）");
        }
        if (day.kind() == DayKind.WORKDAY && !isWeekend(day.date())) {
            throw new RuleViolationException("kind", day.date() + "是工作日，调休上班只能设在周六或周日");
        }
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
        audit.recordChange("CALENDAR_DAY_SET", "calendar_day", day.date(), day.kind() + " " + day.name());
        loaded.set(null);
    }

    @Transactional
    public void remove(LocalDate date) {
        if (jdbc.sql("DELETE FROM calendar_day WHERE cal_date = ?").param(date).update() == 0) {
            throw new NotFoundException("calendar day " + date);
        }
        audit.recordChange("CALENDAR_DAY_REMOVED", "calendar_day", date, "");
        loaded.set(null);
    }

    @Transactional
    public void markArrangementLoaded(int year, String source) {
        if (jdbc.sql("UPDATE calendar_year SET source = ? WHERE cal_year = ?").params(source, year).update() == 0) {
            jdbc.sql("INSERT INTO calendar_year (cal_year, source) VALUES (?, ?)").params(year, source).update();
        }
        loaded.set(null);
    }

    private WorkingDays days() {
        Loaded current = loaded.get();
        if (current == null || System.nanoTime() - current.at() > RELOAD_AFTER_NANOS) {
            Map<LocalDate, DayKind> exceptions = new HashMap<>();
            jdbc.sql("SELECT cal_date, kind FROM calendar_day").query((rs, n) -> {
                exceptions.put(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)));
                return null;
            }).list();
            Set<Integer> years = new HashSet<>(jdbc.sql("SELECT cal_year FROM calendar_year").query(Integer.class).list());
            current = new Loaded(new WorkingDays(exceptions, years), System.nanoTime());
            loaded.set(current);
        }
        return current.days();
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek().getValue() >= 6;
    }
}
