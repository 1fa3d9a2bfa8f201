package dk.helhed.messaging.control;

import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.storage.Sealing;

/**
 * A claimed outbox row as a channel sees it: where it goes and what it says; {@code calendar} is an iCalendar text
 * to send beside an e-mail's text, or null. {@code body} is null when its sealed text could not be opened
 * ({@link Sealing#UNOPENED}): such a message is never handed to a channel, but tried again later (until the attempts run out).
 */
public record Envelope(long id, ChannelKind channel, String recipient, String subject, String body, int attempt,
                       String calendar) {

    public Envelope(long id, ChannelKind channel, String recipient, String subject, String body, int attempt) {
        this(id, channel, recipient, subject, body, attempt, null);
    }
}
