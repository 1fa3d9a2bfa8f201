package dk.helhed.messaging.boundary;

import dk.helhed.messaging.control.Channel;
import dk.helhed.messaging.control.OutboxLedger;
import dk.helhed.messaging.control.Outcome;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.storage.Sealing;
import dk.helhed.time.TimeSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due: claims a batch, checks each row is still wanted and marks it handed over, hands it to its
 * channel with no transaction open, and records what became of it. Safe to run on several nodes at once and to run
 * again at any time.
 * <p>
 * One commit per message: the record of a send and the hand-over of the next row of its batch share a transaction.
 * When the first batch is full, {@code helhed.messaging.workers} workers in all (this thread and helpers on the
 * container's managed executor) each claim and send batches of their own until nothing is due; claims never overlap
 * (SKIP LOCKED), so each row still goes once. A helper that has not started when this thread runs out of work is
 * cancelled, so a busy executor only makes a run slower.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final int MAX_BATCHES_PER_RUN = 200;
    static final int MAX_WORKERS = 32;

    @Inject
    OutboxLedger ledger;

    @Inject
    Channels channels;

    @Inject
    TimeSource time;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    @Inject
    Sealing sealing;

    @Inject
    @ConfigProperty(name = "helhed.messaging.batch-size", defaultValue = "50")
    int batchSize;

    @Inject
    @ConfigProperty(name = "helhed.messaging.lease-seconds", defaultValue = "900")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "helhed.messaging.workers", defaultValue = "4")
    int workers;

    /**
     * Runs until nothing is due (or a bound is reached); returns how many rows it handled. A node without its data key
     * sends nothing: it could not open what the other nodes sealed, and what it sealed itself waits for it.
     */
    public int dispatchDue() {
        if (sealing.problem().isPresent()) {
            return 0;
        }
        ledger.settleOverdue(time.now());
        var batchesLeft = new AtomicInteger(MAX_BATCHES_PER_RUN - 1);
        var first = claim();
        int handled = deliver(first);
        if (first.envelopes().size() < batchSize) {
            return handled;
        }
        List<Helper> helpers = new ArrayList<>();
        try {
            for (int i = 1; i < Math.min(Math.max(1, workers), MAX_WORKERS); i++) {
                var helper = new Helper();
                helper.result = executor.submit(() -> helper.start() ? work(batchesLeft) : 0);
                helpers.add(helper);
            }
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Dispatching with fewer workers: " + e);
        }
        try {
            handled += work(batchesLeft);
        } finally {
            handled += join(helpers);
        }
        return handled;
    }

    private int work(AtomicInteger batchesLeft) {
        int handled = 0;
        while (batchesLeft.getAndDecrement() > 0) {
            var claimed = claim();
            handled += deliver(claimed);
            if (claimed.envelopes().size() < batchSize) {
                break;
            }
        }
        return handled;
    }

    /** A worker on the executor, and whether it started before the run was over (whoever comes first wins). */
    private static final class Helper {
        private final AtomicBoolean decided = new AtomicBoolean();
        volatile Future<Integer> result;

        boolean start() {
            return decided.compareAndSet(false, true);
        }

        boolean stopBeforeStart() {
            return decided.compareAndSet(false, true);
        }
    }

    private int join(List<Helper> helpers) {
        int handled = 0;
        for (var helper : helpers) {
            if (helper.stopBeforeStart()) {
                helper.result.cancel(false);
                continue; // never started: the work is done without it
            }
            try {
                handled += helper.result.get();
            } catch (ExecutionException e) {
                LOG.log(Level.WARNING, "A dispatch worker stopped; its claim settles when its lease runs out",
                        e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return handled;
            }
        }
        return handled;
    }

    private OutboxLedger.Claimed claim() {
        return ledger.claim(time.now(), batchSize, Duration.ofSeconds(leaseSeconds));
    }

    private int deliver(OutboxLedger.Claimed claimed) {
        if (claimed.envelopes().isEmpty()) {
            return 0;
        }
        Map<ChannelKind, Channel.Batch> open = new EnumMap<>(ChannelKind.class);
        OutboxLedger.Sending unrecorded = null;
        int handled = 0;
        try (var books = ledger.open(claimed.token())) {
            for (var envelope : claimed.envelopes()) {
                boolean ours = unrecorded == null ? books.handOver(envelope.id())
                        : books.recordThenHandOver(unrecorded, envelope.id(), time.now());
                unrecorded = null;
                if (!ours) {
                    continue;
                }
                Channel channel = channels.of(envelope.channel());
                // a text no key of this node opens: another node (or this one, given the old key) may yet send it
                Outcome outcome = envelope.body() == null ? new Outcome.RetryLater(Sealing.UNOPENED)
                        : open.computeIfAbsent(envelope.channel(), k -> channel.open()).send(envelope);
                if (!(outcome instanceof Outcome.Sent)) {
                    LOG.warning(() -> "Outbox " + envelope.id() + " (" + envelope.channel() + "): " + outcome);
                }
                unrecorded = new OutboxLedger.Sending(envelope, outcome, channel.development());
                handled++;
            }
            if (unrecorded != null) {
                books.record(unrecorded, time.now());
            }
        } finally {
            open.values().forEach(Channel.Batch::close);
        }
        return handled;
    }
}
