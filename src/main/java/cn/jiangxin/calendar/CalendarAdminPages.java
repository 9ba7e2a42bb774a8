package cn.jiangxin.calendar;

import java.time.Clock;
import java.time.LocalDate;

import cn.jiangxin.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the holiday and make-up working-day arrangements up to date. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CalendarAdminPages {

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarAdminPages(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : Math.max(2000, Math.min(2100, year));
        model.addAttribute("year", shown);
        model.addAttribute("days", calendar.exceptions(shown));
        model.addAttribute("hasArrangement", calendar.hasArrangementFor(shown));
        model.addAttribute("kinds", DayKind.values());
        return "calendar/admin";
    }

    @PostMapping
    String put(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) DayKind kind, @RequestParam(defaultValue = "") String name,
            RedirectAttributes flash) {
        if (date == null || kind == null) {
            throw new RuleViolationException("date", "请选择日期和类型");
        }
        calendar.put(new CalendarDay(date, kind, name));
        flash.addFlashAttribute("saved", date.toString());
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    @PostMapping("/remove")
    String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendar.remove(date);
        return "redirect:/admin/calendar?year=" + date.getYear();
    }
}
