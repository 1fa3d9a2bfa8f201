package dk.helhed.messaging.boundary;

import dk.helhed.messaging.control.Channel;
import dk.helhed.messaging.control.Envelope;
import dk.helhed.messaging.control.OutboxLedger;
import dk.helhed.messaging.control.Outcome;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.storage.Sealing;
import dk.helhed.time.TimeSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import static org.assertj.core.api.Assertions.assertThat;

class DispatcherTest {
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final RecordingChannels channels = new RecordingChannels(ledger);
    private ExecutorService executor;

    @AfterEach
    void stopExecutor() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private Dispatcher dispatcher(int workers, ExecutorService executor) {
        this.executor = executor;
        var dispatcher = new Dispatcher();
        dispatcher.ledger = ledger;
        dispatcher.channels = channels;
        dispatcher.time = new TimeSource();
        dispatcher.executor = executor;
        dispatcher.batchSize = 50;
        dispatcher.leaseSeconds = 900;
        dispatcher.workers = workers;
        dispatcher.sealing = new Sealing("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        return dispatcher;
    }

    @Test
    @DisplayName("a node without its data key claims nothing: it could not open what other nodes sealed")
    void withoutTheKeyNothingIsClaimed() {
        ledger.add(10);
        var dispatcher = dispatcher(1, Executors.newSingleThreadExecutor());
        dispatcher.sealing = new Sealing(null);

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(channels.sends()).isEmpty();
        assertThat(ledger.statuses()).doesNotContainKey("SENDING").doesNotContainKey("SENT");
    }

    @Test
    @DisplayName("with four workers every row is sent exactly once, and the sends are spread over several threads")
    void everyRowGoesOnceAcrossWorkers() {
        ledger.add(1_000);
        channels.pause = Duration.ofMillis(1);

        int handled = dispatcher(4, Executors.newFixedThreadPool(3)).dispatchDue();

        assertThat(handled).isEqualTo(1_000);
        assertThat(channels.sends()).hasSize(1_000).doesNotHaveDuplicates();
        assertThat(ledger.statuses()).containsOnly(Map.entry("SENT", 1_000));
        assertThat(channels.threads()).hasSizeGreaterThan(1);
    }

    @Test
    @DisplayName("one commit per message: each send's record shares a transaction with the next row's hand-over")
    void oneCommitPerMessage() {
        ledger.add(120);

        dispatcher(1, Executors.newSingleThreadExecutor()).dispatchDue();

        // 120 hand-overs, of which 117 carry the previous send's record; the last send of each of the 3 batches
        // (50, 50, 20) is recorded alone
        assertThat(ledger.commits()).isEqualTo(120 + 3);
        assertThat(ledger.statuses()).containsOnly(Map.entry("SENT", 120));
    }

    @Test
    @DisplayName("each row is marked handed over before it is sent, and recorded after")
    void handOverBeforeTheSendRecordAfter() {
        ledger.add(60);

        dispatcher(2, Executors.newSingleThreadExecutor()).dispatchDue();

        assertThat(channels.sentUnmarked).isEmpty();
        assertThat(ledger.recordedBeforeSent).isEmpty();
        assertThat(ledger.statuses()).containsOnly(Map.entry("SENT", 60));
    }

    @Test
    @DisplayName("a row cancelled after its batch was claimed is not sent; the send before it is still recorded")
    void aRowCancelledAfterTheClaimIsNotSent() {
        ledger.add(3);
        channels.onSend = id -> {
            if (id == 1) {
                ledger.cancel(2);
            }
        };

        int handled = dispatcher(4, Executors.newSingleThreadExecutor()).dispatchDue();

        assertThat(handled).isEqualTo(2);
        assertThat(channels.sends()).containsExactly(1L, 3L);
        assertThat(ledger.statuses()).containsOnly(Map.entry("SENT", 2), Map.entry("CANCELLED", 1));
    }

    @Test
    @DisplayName("helpers the executor never starts are cancelled: this thread does all the work and the run ends")
    void helpersThatNeverStartAreCancelled() {
        ledger.add(300);
        var stuck = new NeverRuns();

        int handled = dispatcher(4, stuck).dispatchDue();

        assertThat(handled).isEqualTo(300);
        assertThat(ledger.statuses()).containsOnly(Map.entry("SENT", 300));
        assertThat(stuck.queued).hasSize(3).allMatch(Future::isCancelled);
    }

    @Test
    @DisplayName("a run whose first batch is not full starts no helpers")
    void aSmallRunStartsNoHelpers() {
        ledger.add(10);
        var stuck = new NeverRuns();

        assertThat(dispatcher(4, stuck).dispatchDue()).isEqualTo(10);
        assertThat(stuck.queued).isEmpty();
    }

    /** The outbox as the dispatcher sees it, in memory: claims with tokens, hand-over marks, one lock for all. */
    static class InMemoryLedger extends OutboxLedger {
        private final Map<Long, Row> rows = new LinkedHashMap<>();
        /** Transactions that hand over or record (claims not counted). */
        private int commits;
        final List<Long> recordedBeforeSent = new ArrayList<>();

        private static final class Row {
            String status = "PENDING";
            String token;
            boolean handedOver;
        }

        synchronized void add(int n) {
            for (long id = rows.size() + 1, last = rows.size() + n; id <= last; id++) {
                rows.put(id, new Row());
            }
        }

        synchronized void cancel(long id) {
            rows.get(id).status = "CANCELLED";
        }

        synchronized boolean handedOver(long id) {
            return rows.get(id).handedOver;
        }

        synchronized int commits() {
            return commits;
        }

        synchronized Map<String, Integer> statuses() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            rows.values().forEach(r -> counts.merge(r.status, 1, Integer::sum));
            return counts;
        }

        @Override
        public void settleOverdue(Instant now) {
        }

        @Override
        public synchronized Claimed claim(Instant now, int max, Duration lease) {
            String token = UUID.randomUUID().toString();
            List<Envelope> envelopes = new ArrayList<>();
            for (var entry : rows.entrySet()) {
                if (envelopes.size() == max) {
                    break;
                }
                if (entry.getValue().status.equals("PENDING")) {
                    entry.getValue().status = "SENDING";
                    entry.getValue().token = token;
                    envelopes.add(new Envelope(entry.getKey(), entry.getKey() % 2 == 0 ? ChannelKind.EMAIL
                            : ChannelKind.SMS, "to-" + entry.getKey(), "Subject", "Body", 1));
                }
            }
            return new Claimed(token, envelopes);
        }

        /** Each call of the books is one transaction, as with the database's books. */
        @Override
        public Books open(String token) {
            return new Books() {
                @Override
                public boolean handOver(long id) {
                    synchronized (InMemoryLedger.this) {
                        commits++;
                        return mark(id, token);
                    }
                }

                @Override
                public boolean recordThenHandOver(Sending done, long next, Instant now) {
                    synchronized (InMemoryLedger.this) {
                        commits++;
                        write(done.envelope().id(), token, done.outcome());
                        return mark(next, token);
                    }
                }

                @Override
                public void record(Sending done, Instant now) {
                    synchronized (InMemoryLedger.this) {
                        commits++;
                        write(done.envelope().id(), token, done.outcome());
                    }
                }

                @Override
                public void close() {
                }
            };
        }

        private boolean mark(long id, String token) {
            Row row = rows.get(id);
            if (!row.status.equals("SENDING") || !token.equals(row.token)) {
                return false;
            }
            row.handedOver = true;
            return true;
        }

        private void write(long id, String token, Outcome outcome) {
            Row row = rows.get(id);
            if (!row.handedOver) {
                recordedBeforeSent.add(id);
            }
            if (row.status.equals("SENDING") && token.equals(row.token)) {
                row.status = outcome instanceof Outcome.Sent ? "SENT" : outcome.getClass().getSimpleName();
            }
        }
    }

    /** Both channels: remember what was sent on which thread, and whether it had been marked handed over. */
    static class RecordingChannels extends Channels {
        private final InMemoryLedger ledger;
        private final List<Long> sends = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Boolean> threads = new ConcurrentHashMap<>();
        final List<Long> sentUnmarked = Collections.synchronizedList(new ArrayList<>());
        volatile Duration pause = Duration.ZERO;
        volatile LongConsumer onSend = id -> { };

        RecordingChannels(InMemoryLedger ledger) {
            this.ledger = ledger;
        }

        List<Long> sends() {
            synchronized (sends) {
                return List.copyOf(sends);
            }
        }

        Map<String, Boolean> threads() {
            return Map.copyOf(threads);
        }

        @Override
        public Channel of(ChannelKind kind) {
            return new Channel() {
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
                    return new Batch() {
                        @Override
                        public Outcome send(Envelope envelope) {
                            if (!ledger.handedOver(envelope.id())) {
                                sentUnmarked.add(envelope.id());
                            }
                            sends.add(envelope.id());
                            threads.put(Thread.currentThread().getName(), true);
                            onSend.accept(envelope.id());
                            try {
                                Thread.sleep(pause.toMillis());
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return new Outcome.Sent("sid-" + envelope.id());
                        }
                    };
                }
            };
        }
    }

    /** An executor that accepts tasks and never runs them: a managed executor with no thread to spare. */
    static class NeverRuns extends AbstractExecutorService {
        final List<Future<?>> queued = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            queued.add((Future<?>) task);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
