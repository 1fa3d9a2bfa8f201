package dk.helhed.shifts.entity;

/** TAKEN while the person holds the place; RELEASED once given up, swapped away or the shift cancelled. */
public enum AssignmentStatus {
    TAKEN, RELEASED
}
