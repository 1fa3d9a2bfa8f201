package dk.helhed.appointments.entity;

/**
 * Where an appointment is in its life: HELD (slot kept for a few minutes until the resident enters the SMS code),
 * BOOKED, then CANCELLED; or EXPIRED when a hold was never verified.
 */
public enum AppointmentStatus {
    HELD, BOOKED, CANCELLED, EXPIRED;

    public boolean holdsSlot() {
        return this == HELD || this == BOOKED;
    }
}
