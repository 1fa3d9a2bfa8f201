package dk.helhed.messaging.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * An outbox row's state. PENDING and RETRY wait for their due time; SENDING is claimed under a lease; the rest are
 * settled. UNKNOWN means the provider may or may not have the message (a lease ran out mid-send, a timeout after the
 * request left): it is never re-sent blindly.
 */
public enum OutboxStatus {
    PENDING, RETRY, SENDING, SENT, FAILED, UNKNOWN, CANCELLED;

    public static final Set<OutboxStatus> WAITING = EnumSet.of(PENDING, RETRY);

    public boolean settled() {
        return !WAITING.contains(this) && this != SENDING;
    }
}
