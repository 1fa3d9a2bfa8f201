package dk.helhed.events.entity;

/**
 * Where a sign-up is in its life. HELD (a place taken, phone not yet verified) becomes CONFIRMED; WAITLISTED waits
 * in line (verified or not) and may be OFFERED a place that someone gave up, which it can accept (CONFIRMED),
 * decline (DECLINED) or let run out (LAPSED). A hold never verified EXPIRED; a resident or the event's cancellation
 * makes it CANCELLED.
 */
public enum SignupStatus {
    HELD, CONFIRMED, WAITLISTED, OFFERED, CANCELLED, EXPIRED, DECLINED, LAPSED;

    /** Counted in the event's {@code booked}: the place is this sign-up's, or reserved for it. */
    public boolean holdsPlace() {
        return this == HELD || this == CONFIRMED || this == OFFERED;
    }

    /** Still in the event, with a place or in line. */
    public boolean live() {
        return holdsPlace() || this == WAITLISTED;
    }
}
