package dk.helhed.events.entity;

/** An event is OPEN (listed, sign-ups allowed until the deadline) until a coordinator CANCELLED it. */
public enum EventStatus {
    OPEN, CANCELLED
}
