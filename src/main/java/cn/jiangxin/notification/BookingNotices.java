package cn.jiangxin.notification;

import java.util.Locale;

import cn.jiangxin.booking.BookingReminderDue;
import cn.jiangxin.booking.SlotCancelled;
import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.platform.ChineseDate;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells talents about their bookings: that a venue cancelled the slot they had booked (with the reason; the use of
 * the service is given back), and the day before a booking, when and where it is and what to bring. In the
 * application, and by e-mail when configured; a redelivered event adds nothing.
 */
@Component
class BookingNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final AccountDirectory directory;
    private final Deliveries deliveries;
    private final MessageSource messages;

    BookingNotices(AccountDirectory directory, Deliveries deliveries, MessageSource messages) {
        this.directory = directory;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(SlotCancelled e) {
        String service = messages.getMessage("benefit.measure." + e.service(), null, e.service(), CHINESE);
        String title = messages.getMessage("bookingSlotCancelled.title", new Object[] {service}, CHINESE);
        String body = messages.getMessage("bookingSlotCancelled.body", new Object[] {e.venueName(), service,
                ChineseDate.of(e.date()), e.start() + "–" + e.end(), e.reason()}, CHINESE);
        for (long person : e.personIds()) {
            directory.ofPerson(person).ifPresent(to -> deliveries.once("booking-slot-cancelled:" + e.slotId() + ":"
                    + person, to, title, body, "/my/bookings"));
        }
    }

    @ApplicationModuleListener
    void on(BookingReminderDue e) {
        String service = messages.getMessage("benefit.measure." + e.service(), null, e.service(), CHINESE);
        String title = messages.getMessage("bookingReminder.title", new Object[] {service}, CHINESE);
        String body = messages.getMessage("bookingReminder.body", new Object[] {ChineseDate.of(e.date()),
                e.start() + "–" + e.end(), e.venueName(), service, e.place(), e.bring().isEmpty() ? "—" : e.bring()},
                CHINESE);
        directory.ofPerson(e.personId()).ifPresent(to -> deliveries.once("booking-reminder:" + e.bookingId(), to,
                title, body, "/my/bookings#booking-" + e.bookingId()));
    }
}
