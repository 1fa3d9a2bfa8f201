package dk.helhed.messaging.entity;

/**
 * Why a message is sent. Most are told the moment something happens, and someone may be waiting for them (a code on
 * the booking page, a reset link, an offer, the confirmation of what they just did); reminders and messages to many
 * at once are not ({@link #awaited}). The dispatcher sends what people wait for first.
 */
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
    INVITATION,
    /** Staff: something needs their attention now (the hourly budget of SMS codes was reached). */
    ALERT;

    /** Whether someone is waiting for it right now: it goes ahead of reminders and announcements to many. */
    public boolean awaited() {
        return switch (this) {
            case REMINDER, REMINDER_SOON, ANNOUNCEMENT, EVENT_CANCELLED -> false;
            default -> true;
        };
    }
}
