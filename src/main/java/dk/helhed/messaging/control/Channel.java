package dk.helhed.messaging.control;

import dk.helhed.messaging.entity.ChannelKind;

/**
 * A way out of the building: mail over SMTP, SMS through Twilio, or the development inbox. The one port in
 * messaging: only its implementations touch Jakarta Mail or Twilio.
 */
public interface Channel {
    ChannelKind kind();

    /** True when this channel only pretends to deliver (the development inbox). */
    boolean development();

    /** Opens a run of sends, so that a batch can share one connection. */
    Batch open();

    /** A run of sends; one that holds nothing open (no connection) needs no closing of its own. */
    interface Batch extends AutoCloseable {
        Outcome send(Envelope envelope);

        @Override
        default void close() {
        }
    }
}
