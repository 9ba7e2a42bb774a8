package cn.jiangxin.offering;

/**
 * Whether a person gets a seat now or waits: never more seated than the offering's seats, and while seats are held
 * for leading talents someone else gets a seat only if the held seats not yet taken by leading talents stay free.
 */
record SeatAvailable(int capacity, int heldSeats, boolean holding, int leadingSeated, int othersSeated) {

    public boolean fits(boolean leadingTalent) {
        if (leadingSeated + othersSeated >= capacity) {
            return false;
        }
        if (leadingTalent || !holding) {
            return true;
        }
        return othersSeated + Math.max(leadingSeated, heldSeats) < capacity;
    }

    /** The same after {@code leadingTalent} took a seat. */
    public SeatAvailable seated(boolean leadingTalent) {
        return leadingTalent ? new SeatAvailable(capacity, heldSeats, holding, leadingSeated + 1, othersSeated)
                : new SeatAvailable(capacity, heldSeats, holding, leadingSeated, othersSeated + 1);
    }

    public int free() {
        return Math.max(0, capacity - leadingSeated - othersSeated);
    }

    /** Held seats still free for leading talents. */
    public int heldFree() {
        return holding ? Math.max(0, Math.min(heldSeats - leadingSeated, free())) : 0;
    }
}
