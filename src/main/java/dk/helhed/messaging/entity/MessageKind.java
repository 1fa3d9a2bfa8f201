package dk.helhed.messaging.entity;

/** Why a message is sent. */
public enum MessageKind {
    CONFIRMATION, REMINDER, VERIFICATION, CHANGE, CANCELLATION
}
