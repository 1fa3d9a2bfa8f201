package dk.helhed.messaging.control;

import dk.helhed.messaging.entity.ChannelKind;

/** A claimed outbox row as a channel sees it: where it goes and what it says. */
public record Envelope(long id, ChannelKind channel, String recipient, String subject, String body, int attempt) {
}
