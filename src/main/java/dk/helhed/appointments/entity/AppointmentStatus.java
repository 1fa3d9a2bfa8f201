package dk.helhed.appointments.entity;

/** Where an appointment is in its life. */
public enum AppointmentStatus {
    BOOKED, CANCELLED;

    public boolean holdsSlot() {
        return this == BOOKED;
    }
}
