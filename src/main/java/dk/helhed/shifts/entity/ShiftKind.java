package dk.helhed.shifts.entity;

/** Homework help needs volunteer tutors; a pavilion block needs partner organisations' staff. */
public enum ShiftKind {
    HOMEWORK, PAVILION
}
