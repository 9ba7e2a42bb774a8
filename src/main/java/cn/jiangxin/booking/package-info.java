/**
 * Owns bookings of services used by appointment (issue 16, art. 4 item (八)): the slots venues publish (singly or as a
 * weekly pattern), the talents' bookings that hold one use of the support year's quota at once, cancellations before
 * the policy's deadline, the day-before reminder, attendance from the venue's scan and the no-shows venues record;
 * a slot cancelled by its venue is announced as {@link cn.jiangxin.booking.SlotCancelled}, a reminder as
 * {@link cn.jiangxin.booking.BookingReminderDue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking",
        allowedDependencies = { "audit", "benefit", "identity", "person", "platform", "policy" })
package cn.jiangxin.booking;
