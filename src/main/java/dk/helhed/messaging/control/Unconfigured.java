package dk.helhed.messaging.control;

import dk.helhed.messaging.entity.ChannelKind;

/**
 * A channel without its settings, in production (the development inbox off): nothing is sent, and the message is
 * recorded as failed with its text removed, so no code, link or phone number is kept or written to the log.
 */
public class Unconfigured implements Channel {
    private final ChannelKind kind;

    public Unconfigured(ChannelKind kind) {
        this.kind = kind;
    }

    @Override
    public ChannelKind kind() {
        return kind;
    }

    @Override
    public boolean development() {
        return false;
    }

    @Override
    public Batch open() {
        return e -> new Outcome.Failed(kind + " is not configured: not sent");
    }
}
