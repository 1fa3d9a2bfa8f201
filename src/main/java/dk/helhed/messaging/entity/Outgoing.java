package dk.helhed.messaging.entity;

import java.time.Instant;

/**
 * A message a capability wants sent: already written in the person's language, due at a time, pointless after
 * another (a reminder after the appointment has begun). Filed under a topic so the owner can cancel them together.
 */
public record Outgoing(String topic, MessageKind kind, ChannelKind channel, String recipient, String subject,
                       String body, Instant dueAt, Instant expiresAt, String dedupeKey) {

    public static String dedupeKey(String topic, MessageKind kind, ChannelKind channel, Instant occasion) {
        return topic + ":" + kind + ":" + channel + ":" + occasion;
    }
}
