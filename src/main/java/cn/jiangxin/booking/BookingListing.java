package cn.jiangxin.booking;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import cn.jiangxin.benefit.MaskedName;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The venue's slots ({@code /venue/slots}: its own; administrators all venues') and the Bureau's overview of every
 * booking ({@code /bookings}), as paged lists: search, filters by date range, service and state, sorting, and the
 * Excel export of exactly the rows found. Venues see talents' names masked.
 */
@Component
class BookingListing {

    static final String[] SLOT_STATES = {"UPCOMING", "ENDED", "UNMARKED", "CANCELLED"};
    static final String[] STATUSES = {"BOOKED", "ATTENDED", "NO_SHOW", "CANCELLED"};

    static final ListSpec SLOTS = ListSpec.of("/venue/slots", "s.id")
            .sort("date", "s.slot_date").sort("start", "s.start_time").sort("capacity", "s.capacity")
            .defaultSort("date", false).seekable("date", "capacity").withSearch()
            .date("from").date("to").text("service").choice("state", SLOT_STATES);
    static final ListSpec BOOKINGS = ListSpec.of("/bookings", "b.id")
            .sort("date", "s.slot_date").sort("person", "b.person_name").sort("venue", "s.venue_name")
            .sort("booked", "b.booked_at").defaultSort("date", true).seekable("date", "person", "venue", "booked")
            .withSearch().date("from").date("to").text("service").choice("status", STATUSES);

    /** A venue's to-do: ended slots with bookings whose attendance is not recorded. */
    static final Map<String, String> UNMARKED = Map.of("state", "UNMARKED");

    private final BookingStore store;
    private final Clock clock;
    private final MessageSource messages;

    BookingListing(BookingStore store, Clock clock, MessageSource messages) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
    }

    /** The venue whose slots the user sees: their own; null (all) for an administrator. */
    static Long venueScope(CurrentUser user) {
        return user.has(Role.PROVIDER) ? Long.valueOf(user.accountId()) : user.has(Role.SYSTEM_ADMIN) ? null : -1L;
    }

    PageOf<Slot> slots(CurrentUser user, ListQuery query) {
        return store.slotPage(query, venueScope(user), LocalDate.now(clock), LocalTime.now(clock));
    }

    long slotCount(CurrentUser user, ListQuery query) {
        return store.slotCount(query, venueScope(user), LocalDate.now(clock), LocalTime.now(clock));
    }

    PageOf<BookingStore.Row> bookings(ListQuery query) {
        return store.bookingPage(query, null);
    }

    long upcomingOf(long personId) {
        LocalDate today = LocalDate.now(clock);
        return store.bookingCount(ListQuery.filtered(BOOKINGS, Map.of("status", "BOOKED", "from", today.toString())),
                personId);
    }

    @Transactional(readOnly = true)
    void exportSlots(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("booking.slots.title", locale), List.of(
                ExcelColumn.text(text("booking.f.venue", locale)), ExcelColumn.text(text("booking.f.service", locale)),
                ExcelColumn.text(text("booking.f.date", locale)), ExcelColumn.text(text("booking.f.time", locale)),
                ExcelColumn.text(text("booking.f.place", locale)), ExcelColumn.number(text("booking.f.capacity", locale)),
                ExcelColumn.number(text("booking.f.booked", locale)), ExcelColumn.text(text("booking.f.state", locale))));
        try (Stream<Slot> rows = store.allSlots(query, venueScope(user), LocalDate.now(clock), LocalTime.now(clock))) {
            rows.forEach(s -> table.row(s.venueName(), text("benefit.measure." + s.service(), locale),
                    ChineseDate.of(s.date()), s.start() + "–" + s.end(), s.place(), s.capacity(), s.booked(),
                    text("booking.slot.state." + s.state(), locale)));
        }
        table.finish();
    }

    @Transactional(readOnly = true)
    void exportBookings(ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("booking.all.title", locale), List.of(
                ExcelColumn.text(text("booking.f.person", locale)), ExcelColumn.text(text("booking.f.service", locale)),
                ExcelColumn.text(text("booking.f.venue", locale)), ExcelColumn.text(text("booking.f.date", locale)),
                ExcelColumn.text(text("booking.f.time", locale)), ExcelColumn.text(text("booking.f.status", locale))));
        try (Stream<BookingStore.Row> rows = store.allBookings(query, null)) {
            rows.forEach(r -> table.row(r.booking().personName(),
                    text("benefit.measure." + r.slot().service(), locale), r.slot().venueName(),
                    ChineseDate.of(r.slot().date()), r.slot().start() + "–" + r.slot().end(),
                    text("booking.status." + r.booking().status(), locale)));
        }
        table.finish();
    }

    static String masked(String name) {
        return MaskedName.of(name);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
