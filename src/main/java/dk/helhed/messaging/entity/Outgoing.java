package dk.helhed.messaging.entity;

import java.time.Instant;

/**
 * A message a capability wants sent: already written in the person's language, due at a time, pointless after
 * another (a reminder after the appointment has begun). Filed under a topic so the owner can cancel them together.
 * An e-mail may carry a calendar ({@code calendar}: an iCalendar text, or null), sent as a {@code text/calendar}
 * part beside the text.
 */
public record Outgoing(String topic, MessageKind kind, ChannelKind channel, String recipient, String subject,
                       String body, Instant dueAt, Instant expiresAt, String dedupeKey, String calendar) {
    /**
     * Where a text signs with the plan's name for messages ("Venlig hilsen\n$SENDER"): the outbox writes in the name
     * the plan was set up with, so no text carries one plan's name.
     */
    public static final String SENDER = "$SENDER";

    /** A message without a calendar. */
    public Outgoing(String topic, MessageKind kind, ChannelKind channel, String recipient, String subject,
                    String body, Instant dueAt, Instant expiresAt, String dedupeKey) {
        this(topic, kind, channel, recipient, subject, body, dueAt, expiresAt, dedupeKey, null);
    }

    /** The same message with an iCalendar text attached (e-mail only; other channels ignore it). */
    public Outgoing withCalendar(String ics) {
        return new Outgoing(topic, kind, channel, recipient, subject, body, dueAt, expiresAt, dedupeKey, ics);
    }

    public static String dedupeKey(String topic, MessageKind kind, ChannelKind channel, Instant occasion) {
        return topic + ":" + kind + ":" + channel + ":" + occasion;
    }
}
