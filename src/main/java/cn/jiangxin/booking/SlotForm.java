package cn.jiangxin.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that publishes slots, as typed: one day ({@code date}), or a weekly pattern ({@code weekdays}, {@code from},
 * {@code to}); {@link #single()} and {@link #pattern()} check it.
 */
class SlotForm {

    private Long venueAccount;
    private String service;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private List<DayOfWeek> weekdays = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime start;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime end;
    private Integer capacity;
    private String place;
    private String bring;

    SlotPattern single() {
        return SlotPattern.single(service, date, start, end, capacity == null ? 0 : capacity, place, bring);
    }

    SlotPattern pattern() {
        List<DayOfWeek> chosen = weekdays == null ? List.of() : weekdays.stream().filter(d -> d != null).toList();
        Set<DayOfWeek> days = chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen);
        return new SlotPattern(service, days, from, to, start, end, capacity == null ? 0 : capacity, place, bring);
    }

    public Long getVenueAccount() {
        return venueAccount;
    }

    public void setVenueAccount(Long venueAccount) {
        this.venueAccount = venueAccount;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<DayOfWeek> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<DayOfWeek> weekdays) {
        this.weekdays = weekdays;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getBring() {
        return bring;
    }

    public void setBring(String bring) {
        this.bring = bring;
    }
}
