package dk.helhed.messaging.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * How far Twilio got with an SMS, as its status callbacks tell it. The statuses only move forward: queued (also
 * accepted, scheduled) → sending → sent → one of delivered, undelivered or failed, which are final. A callback that
 * would move a message backwards (a late "sent" after "delivered") or from one final status to another changes
 * nothing. Twilio does not promise to call in order, nor only once.
 */
public enum SmsDelivery {
    QUEUED(1), SENDING(2), SENT(3), DELIVERED(4), UNDELIVERED(4), FAILED(4);

    private final int rank;

    SmsDelivery(int rank) {
        this.rank = rank;
    }

    /** Twilio's {@code MessageStatus}; empty for statuses that say nothing about an outgoing SMS (received, read…). */
    public static Optional<SmsDelivery> fromTwilio(String status) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "accepted", "scheduled", "queued" -> Optional.of(QUEUED);
            case "sending" -> Optional.of(SENDING);
            case "sent" -> Optional.of(SENT);
            case "delivered" -> Optional.of(DELIVERED);
            case "undelivered" -> Optional.of(UNDELIVERED);
            case "failed" -> Optional.of(FAILED);
            default -> Optional.empty();
        };
    }

    /** True when this status may replace {@code current} (null: nothing heard yet): strictly further along. */
    public boolean advances(SmsDelivery current) {
        return current == null || rank > current.rank;
    }

    public boolean isFinal() {
        return rank == 4;
    }

    /** Twilio gave up on it: it did not reach the phone. */
    public boolean didNotArrive() {
        return this == UNDELIVERED || this == FAILED;
    }

    /**
     * What an outbox row becomes once Twilio has told us this. A callback proves Twilio has the message, so a row
     * whose outcome was unknown (or that waits to be tried again) must never be sent again: it counts as SENT, or
     * FAILED when Twilio says it did not arrive. A sent row that did not arrive becomes FAILED; it is not re-sent
     * (the person can ask again, e.g. for a new code). A row still being handed over is left to the dispatcher, and
     * FAILED and CANCELLED rows stay as they are.
     */
    public OutboxStatus settle(OutboxStatus row) {
        return (didNotArrive() ? OutboxTransition.CALLBACK_NOT_DELIVERED : OutboxTransition.CALLBACK_DELIVERED)
                .applyTo(row);
    }
}
