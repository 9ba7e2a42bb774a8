package cn.jiangxin.booking;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour: talents booked on a slot tomorrow (Beijing date) are reminded, once each. The ShedLock lock lets one
 * node run it at a time; the booking's {@code reminded_at}, set by a conditional update, keeps a second run (or a
 * node that runs when the lock has lapsed) from reminding again.
 */
@Component
class BookingReminderJob {

    private static final Logger log = LoggerFactory.getLogger(BookingReminderJob.class);

    private final Bookings bookings;

    BookingReminderJob(Bookings bookings) {
        this.bookings = bookings;
    }

    @Scheduled(fixedDelayString = "${jiangxin.booking.reminder-check:PT1H}", initialDelayString = "PT3M")
    @SchedulerLock(name = "booking-reminders", lockAtMostFor = "PT30M")
    public void remind() {
        int reminded = bookings.remindDue();
        if (reminded > 0) {
            log.info("booking reminders: {} talents reminded of tomorrow's booking", reminded);
        }
    }
}
