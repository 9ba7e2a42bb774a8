package cn.jiangxin.booking;

import cn.jiangxin.benefit.HeldServiceUseTakenBack;
import cn.jiangxin.benefit.HeldServiceUsed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Attendance from the venue's scan: a redeemed held use marks its booking attended, an undone one makes it due
 * again. Uses held by other modules (keys not of a booking) are not ours and change nothing; a redelivered event
 * neither.
 */
@Component
class BookingAttendance {

    private final Bookings bookings;

    BookingAttendance(Bookings bookings) {
        this.bookings = bookings;
    }

    @ApplicationModuleListener
    void on(HeldServiceUsed e) {
        if (e.holdKey().startsWith("BOOKING:")) {
            bookings.attended(e.holdKey());
        }
    }

    @ApplicationModuleListener
    void on(HeldServiceUseTakenBack e) {
        if (e.holdKey().startsWith("BOOKING:")) {
            bookings.attendanceTakenBack(e.holdKey());
        }
    }
}
