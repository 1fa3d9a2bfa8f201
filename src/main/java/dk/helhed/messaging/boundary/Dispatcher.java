package dk.helhed.messaging.boundary;

import dk.helhed.messaging.control.Channel;
import dk.helhed.messaging.control.Channels;
import dk.helhed.messaging.control.Outcome;
import dk.helhed.messaging.control.OutboxLedger;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Sends what is due: claims a batch, checks each row is still wanted and marks it handed over, hands it to its
 * channel with no transaction open, and records what became of it. Safe to run on several nodes at once and to run
 * again at any time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final int MAX_BATCHES_PER_RUN = 200;

    @Inject
    OutboxLedger ledger;

    @Inject
    Channels channels;

    @Inject
    TimeSource time;

    @Inject
    @ConfigProperty(name = "helhed.messaging.batch-size", defaultValue = "50")
    int batchSize;

    @Inject
    @ConfigProperty(name = "helhed.messaging.lease-seconds", defaultValue = "900")
    long leaseSeconds;

    /** Runs until nothing is due (or a bound is reached); returns how many rows it handled. */
    public int dispatchDue() {
        ledger.settleOverdue(time.now());
        int handled = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            var claimed = ledger.claim(time.now(), batchSize, Duration.ofSeconds(leaseSeconds));
            handled += deliver(claimed);
            if (claimed.envelopes().size() < batchSize) {
                break;
            }
        }
        return handled;
    }

    private int deliver(OutboxLedger.Claimed claimed) {
        Map<ChannelKind, Channel.Batch> open = new EnumMap<>(ChannelKind.class);
        int handled = 0;
        try {
            for (var envelope : claimed.envelopes()) {
                if (!ledger.handOver(envelope.id(), claimed.token())) {
                    continue;
                }
                Channel channel = channels.of(envelope.channel());
                Outcome outcome = open.computeIfAbsent(envelope.channel(), k -> channel.open()).send(envelope);
                if (!(outcome instanceof Outcome.Sent)) {
                    LOG.warning(() -> "Outbox " + envelope.id() + " (" + envelope.channel() + "): " + outcome);
                }
                ledger.record(envelope, claimed.token(), outcome, time.now(), channel.development());
                handled++;
            }
        } finally {
            open.values().forEach(Channel.Batch::close);
        }
        return handled;
    }
}
