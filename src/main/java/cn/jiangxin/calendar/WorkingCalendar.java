package cn.jiangxin.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
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

    private final CalendarStore store;
    private final AuditTrail audit;

    private record Loaded(WorkingDays days, long at) {
    }

    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    WorkingCalendar(CalendarStore store, AuditTrail audit) {
        this.store = store;
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
        return store.exceptions(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional
    public void put(CalendarDay day) {
        if (day.name().isEmpty() || day.name().length() > 50) {
            throw new RuleViolationException("name", "请填写节日或调休名称（不超过50字）");
        }
        if (day.kind() == DayKind.WORKDAY && !isWeekend(day.date())) {
            throw new RuleViolationException("kind", day.date() + "是工作日，调休上班只能设在周六或周日");
        }
        store.put(day);
        audit.recordChange("CALENDAR_DAY_SET", "calendar_day", day.date(), day.kind() + " " + day.name());
        loaded.set(null);
    }

    @Transactional
    public void remove(LocalDate date) {
        if (!store.remove(date)) {
            throw new NotFoundException("calendar day " + date);
        }
        audit.recordChange("CALENDAR_DAY_REMOVED", "calendar_day", date, "");
        loaded.set(null);
    }

    @Transactional
    public void markArrangementLoaded(int year, String source) {
        store.markArrangementLoaded(year, source);
        loaded.set(null);
    }

    private WorkingDays days() {
        Loaded current = loaded.get();
        if (current == null || System.nanoTime() - current.at() > RELOAD_AFTER_NANOS) {
            current = new Loaded(store.workingDays(), System.nanoTime());
            loaded.set(current);
        }
        return current.days();
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek().getValue() >= 6;
    }
}
