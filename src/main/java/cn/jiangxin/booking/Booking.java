package cn.jiangxin.booking;

import java.time.Instant;
import java.util.Objects;

/** A talent's booking of a slot, with the key of the use of the service it holds. */
record Booking(long id, long slotId, long personId, String personName, Status status, String requestKey,
        String holdKey, Instant bookedAt, Instant cancelledAt, String cancelReason, Instant remindedAt) {

    /** BOOKED, ATTENDED and NO_SHOW take a seat; CANCELLED gave the seat and the use back. */
    enum Status {
        BOOKED, ATTENDED, NO_SHOW, CANCELLED
    }

    Booking {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(holdKey, "holdKey");
    }

    public boolean active() {
        return status != Status.CANCELLED;
    }
}
