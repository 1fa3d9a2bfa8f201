package dk.helhed.messaging.entity;

/** Why a message is sent. */
public enum MessageKind {
    CONFIRMATION, REMINDER, REMINDER_SOON, VERIFICATION, CHANGE, CANCELLATION,
    /** Events: in line for a full event, with the position. */
    WAITLISTED,
    /** Events: a place someone gave up, reserved for a while. */
    OFFER,
    /** Events: the coordinator cancelled the whole event. */
    EVENT_CANCELLED,
    /** Events: a coordinator's own words to everyone signed up. */
    ANNOUNCEMENT,
    /** Accounts: a link to set a new password (asked for, or because someone signed up with a known e-mail). */
    PASSWORD_RESET,
    /** Accounts: a coordinator invites a partner's staff member to make an account. */
    INVITATION
}
