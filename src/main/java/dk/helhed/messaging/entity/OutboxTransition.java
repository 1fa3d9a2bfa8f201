package dk.helhed.messaging.entity;

import java.util.EnumSet;
import java.util.Set;

import static dk.helhed.messaging.entity.OutboxStatus.CANCELLED;
import static dk.helhed.messaging.entity.OutboxStatus.FAILED;
import static dk.helhed.messaging.entity.OutboxStatus.PENDING;
import static dk.helhed.messaging.entity.OutboxStatus.RETRY;
import static dk.helhed.messaging.entity.OutboxStatus.SENDING;
import static dk.helhed.messaging.entity.OutboxStatus.SENT;
import static dk.helhed.messaging.entity.OutboxStatus.UNKNOWN;

/**
 * Every way an outbox row's status changes, by name, with the statuses it may come from and the one it goes to; the
 * updates that move rows take both from here. Whether a SENDING row has been handed to its channel is its
 * {@code handed_over_at}, not a status: a row is claimed, then handed over just before it is sent.
 */
public enum OutboxTransition {
    /** A dispatcher takes a due row under a lease. */
    CLAIM(EnumSet.of(PENDING, RETRY), SENDING),
    /** The channel took it. */
    SEND(EnumSet.of(SENDING), SENT),
    /** The channel refused it for good. */
    FAIL(EnumSet.of(SENDING), FAILED),
    /** Tried as often as it may be. */
    GIVE_UP(EnumSet.of(SENDING), FAILED),
    /** The request left but no answer came: it may or may not have been delivered, so it is never re-sent. */
    LOSE_TRACK(EnumSet.of(SENDING), UNKNOWN),
    /** The channel could not take it now. */
    RETRY_LATER(EnumSet.of(SENDING), RETRY),
    /** The lease ran out after the row was handed over: as {@link #LOSE_TRACK}. */
    LEASE_RAN_OUT_HANDED_OVER(EnumSet.of(SENDING), UNKNOWN),
    /** The lease ran out before it was handed over (its dispatcher stopped): it never left, so it queues again. */
    LEASE_RAN_OUT_NOT_HANDED_OVER(EnumSet.of(SENDING), RETRY),
    /** Its moment has passed (a reminder after the appointment began). */
    EXPIRE(OutboxStatus.WAITING, CANCELLED),
    /** Not wanted any more; a SENDING row only while it has not been handed over. */
    CANCEL(EnumSet.of(PENDING, RETRY, SENDING), CANCELLED),
    /** Twilio says it arrived (or has it): never to be sent again. */
    CALLBACK_DELIVERED(EnumSet.of(UNKNOWN, PENDING, RETRY, SENT), SENT),
    /** Twilio says it did not arrive; not re-sent (the person can ask again). */
    CALLBACK_NOT_DELIVERED(EnumSet.of(UNKNOWN, PENDING, RETRY, SENT), FAILED);

    private final Set<OutboxStatus> from;
    private final OutboxStatus to;

    OutboxTransition(Set<OutboxStatus> from, OutboxStatus to) {
        this.from = from;
        this.to = to;
    }

    public Set<OutboxStatus> from() {
        return from;
    }

    public OutboxStatus to() {
        return to;
    }

    /** The status a row in {@code status} ends in: {@link #to} if it may take this step, else where it is. */
    public OutboxStatus applyTo(OutboxStatus status) {
        return from.contains(status) ? to : status;
    }
}
