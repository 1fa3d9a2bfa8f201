package dk.helhed.homework.entity;

/** SCHEDULED (perhaps moved) until a coordinator cancels it. */
public enum SessionStatus {
    SCHEDULED, CANCELLED
}
