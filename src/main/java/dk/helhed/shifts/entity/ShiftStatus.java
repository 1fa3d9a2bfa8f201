package dk.helhed.shifts.entity;

public enum ShiftStatus {
    OPEN, CANCELLED
}
