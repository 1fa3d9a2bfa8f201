package dk.helhed.messaging.control;

import dk.helhed.messaging.entity.ChannelKind;

import java.util.logging.Logger;

/**
 * Where messages go when SMTP or Twilio is not configured: into the log, and listed by the development messages
 * endpoint, so that a newcomer sees exactly what residents would receive.
 */
public class DevInbox implements Channel {
    private static final Logger LOG = Logger.getLogger(DevInbox.class.getName());
    private final ChannelKind kind;

    public DevInbox(ChannelKind kind) {
        this.kind = kind;
    }

    @Override
    public ChannelKind kind() {
        return kind;
    }

    @Override
    public boolean development() {
        return true;
    }

    @Override
    public Batch open() {
        return e -> {
            LOG.info(() -> "[dev inbox] " + kind + " to " + e.recipient()
                    + (e.subject() == null ? "" : " | " + e.subject()) + " | " + e.body());
            return new Outcome.Sent("dev-" + e.id());
        };
    }
}
