package dk.helhed.appointments.entity;

/** Whether the resident came. */
public enum Attendance {
    ATTENDED, NO_SHOW
}
