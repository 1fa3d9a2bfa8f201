package dk.helhed.messaging.entity;

/** Why a message is sent. */
public enum MessageKind {
    CONFIRMATION, REMINDER, REMINDER_SOON, VERIFICATION, CHANGE, CANCELLATION
}
