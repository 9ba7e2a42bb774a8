package cn.jiangxin.booking;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The talent's bookings ({@code /my/bookings}): the slots they may book (or why none), their bookings with the
 * cancellation deadline, booking and cancelling, and each booking as a calendar file.
 */
@Controller
@PreAuthorize("hasRole('TALENT')")
class BookingPages {

    /** {@code ?show=upcoming}: only the bookings still to come (what the talent's to-do counts). */
    static final String UPCOMING = "upcoming";

    private final Bookings bookings;
    private final Slots slots;
    private final CurrentUsers users;
    private final MessageSource messages;

    BookingPages(Bookings bookings, Slots slots, CurrentUsers users, MessageSource messages) {
        this.bookings = bookings;
        this.slots = slots;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/my/bookings")
    String mine(@RequestParam(required = false) String show, Model model) {
        CurrentUser user = users.require();
        boolean upcoming = UPCOMING.equals(show);
        BookingRules rules = BookingRules.of(slots.terms());
        model.addAttribute("offer", bookings.offer(user));
        model.addAttribute("rows", upcoming ? bookings.upcomingOf(user) : bookings.ofTalent(user));
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("rules", rules);
        model.addAttribute("now", bookings.now());
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "booking/mine";
    }

    @PostMapping("/my/bookings")
    String book(@RequestParam(defaultValue = "0") long slotId, @RequestParam(required = false) String requestKey) {
        Booking b = bookings.book(users.require(), slotId, requestKey);
        return "redirect:/my/bookings#booking-" + b.id();
    }

    @PostMapping("/my/bookings/{id}/cancel")
    String cancel(@PathVariable long id) {
        bookings.cancel(users.require(), id);
        return "redirect:/my/bookings#booking-" + id;
    }

    @GetMapping("/my/bookings/{id}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable long id, Locale locale) {
        BookingStore.Row row = bookings.mine(users.require(), id);
        Slot s = row.slot();
        String service = messages.getMessage("benefit.measure." + s.service(), null, s.service(), locale);
        String description = messages.getMessage("booking.ics.description", new Object[] {s.venueName(),
                s.bring().isEmpty() ? "—" : s.bring()}, locale);
        String ics = CalendarFile.of("booking-" + row.booking().id() + "-" + row.booking().holdKey().replace(':', '-')
                + "@jiangxin", bookings.now(), s.startsAt(), s.endsAt(), service + " · " + s.venueName(), s.place(),
                description);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, CalendarFile.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("booking-" + s.date() + ".ics", StandardCharsets.UTF_8).build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }
}
