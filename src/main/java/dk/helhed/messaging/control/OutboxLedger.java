package dk.helhed.messaging.control;

import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.OutboxMessage;
import dk.helhed.messaging.entity.OutboxStatus;
import dk.helhed.messaging.entity.OutboxTransition;
import dk.helhed.messaging.entity.SmsDelivery;
import dk.helhed.storage.DataSources;
import dk.helhed.storage.InstantConverter;
import dk.helhed.storage.Sealing;
import dk.helhed.time.TimeSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The dispatcher's bookkeeping, each step its own short transaction so that no transaction is open while a message
 * is handed to a provider. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} and a lease, so several nodes can
 * dispatch at once without taking the same row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxLedger {
    /**
     * One status and priority at a time, so that the index on (status, priority, due_at) gives the order and the
     * locking read stops at the limit. With {@code status IN ('PENDING', 'RETRY')} the rows are sorted after reading,
     * and the read locks every due row until the claim commits: a second dispatcher's SKIP LOCKED then finds nothing
     * at all.
     */
    private static final String CLAIMABLE = """
            SELECT id FROM outbox_message WHERE status = ? AND priority = ? AND due_at <= ? AND expires_at > ?
            ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED""";

    /**
     * The order of a claim: what someone is waiting for (a code, a reset link, an offer, a confirmation) before any
     * reminder, however many reminders are due (18:00 every evening is a burst of them); within each, retries first.
     */
    private static final List<Integer> PRIORITIES = List.of(OutboxMessage.AWAITED, OutboxMessage.SCHEDULED);
    private static final List<OutboxStatus> STATUSES = List.of(OutboxStatus.RETRY, OutboxStatus.PENDING);

    static {
        if (!OutboxTransition.CLAIM.from().containsAll(STATUSES)) {
            throw new ExceptionInInitializerError("a claim takes only rows that may be claimed");
        }
    }

    public static final String REDACTED = "(removed after sending)";

    private static final String HAND_OVER = """
            UPDATE outbox_message SET handed_over_at = ? WHERE id = ? AND claim_token = ? AND status = ?""";

    /**
     * What became of a send: its status, the provider's id and the due time of a retry where there are any, the text
     * blanked once it may go (parameters 6 to 8).
     */
    private static final String RECORD = """
            UPDATE outbox_message SET status = ?, provider_id = COALESCE(?, provider_id), last_error = ?,
            lease_until = NULL, settled_at = ?, due_at = COALESCE(?, due_at),
            body = CASE WHEN ? THEN ? ELSE body END, calendar = CASE WHEN ? THEN NULL ELSE calendar END
            WHERE id = ? AND claim_token = ? AND status = ?""";

    /** {@link #RECORD}, assuming no status callback came while sending (nearly always so: the update needs no read). */
    private static final String RECORD_NO_CALLBACK_YET = RECORD + " AND provider_status IS NULL";

    private static final Logger LOG = Logger.getLogger(OutboxLedger.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    Sealing seal;

    /** The non-transactional pool: the books of a batch commit on their own connection (see {@link #open}). */
    @Resource(lookup = DataSources.NON_JTA)
    DataSource direct;

    @Inject
    @ConfigProperty(name = "helhed.messaging.max-attempts", defaultValue = "10")
    int maxAttempts;

    /** A batch claimed under one token. */
    public record Claimed(String token, List<Envelope> envelopes) {
    }

    /**
     * Settles what can no longer be sent: a lease that ran out after the row was handed to its channel becomes
     * UNKNOWN (never re-sent blindly); a lease that ran out before that (the dispatcher stopped, e.g. its node was
     * killed, with the row still waiting in its batch) puts the row back in line, since it never left; a message
     * whose moment has passed (a reminder after the appointment began) is cancelled.
     */
    public void settleOverdue(Instant now) {
        move(OutboxTransition.LEASE_RAN_OUT_HANDED_OVER, "the lease ran out while sending: it may or may not have been "
                + "delivered", now, """
                update OutboxMessage m set m.status = :to, m.settledAt = :now, m.leaseUntil = null, m.lastError = :why
                where m.status in :from and m.leaseUntil < :now and m.handedOverAt is not null""");
        move(OutboxTransition.LEASE_RAN_OUT_NOT_HANDED_OVER, "claimed by a dispatcher that stopped before handing it "
                + "over: queued again", now, """
                update OutboxMessage m set m.status = :to, m.leaseUntil = null, m.claimToken = null, m.lastError = :why
                where m.status in :from and m.leaseUntil < :now and m.handedOverAt is null""");
        move(OutboxTransition.EXPIRE, "too late: its moment has passed", now, """
                update OutboxMessage m set m.status = :to, m.settledAt = :now, m.lastError = :why
                where m.status in :from and m.expiresAt <= :now""");
    }

    private void move(OutboxTransition transition, String why, Instant now, String update) {
        em.createQuery(update).setParameter("to", transition.to()).setParameter("from", transition.from())
                .setParameter("why", why).setParameter("now", now).executeUpdate();
    }

    public Claimed claim(Instant now, int max, Duration lease) {
        List<Number> ids = new ArrayList<>();
        for (int priority : PRIORITIES) {
            for (var status : STATUSES) {
                if (ids.size() < max) {
                    ids.addAll(claimable(status, priority, now, max - ids.size()));
                }
            }
        }
        String token = UUID.randomUUID().toString();
        if (ids.isEmpty()) {
            return new Claimed(token, List.of());
        }
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        em.createQuery("""
                        update OutboxMessage m set m.status = :to, m.claimToken = :token, m.handedOverAt = null,
                        m.leaseUntil = :lease, m.attempts = m.attempts + 1 where m.id in :ids""")
                .setParameter("to", OutboxTransition.CLAIM.to()).setParameter("token", token)
                .setParameter("lease", now.plus(lease)).setParameter("ids", claimed)
                .executeUpdate();
        // by id, not by token: claim_token has no index, and the table keeps every message ever sent; what someone is
        // waiting for goes first within the batch too, not behind up to a batch of reminders
        List<Envelope> envelopes = em.createQuery("""
                        select m from OutboxMessage m where m.id in :ids order by m.priority, m.id""", OutboxMessage.class)
                .setParameter("ids", claimed).getResultList().stream()
                .map(m -> new Envelope(m.id(), m.channel(), m.recipient(), m.subject(),
                        seal.open(m.body()).orElse(null), m.attempts(), m.calendar()))
                .toList();
        return new Claimed(token, envelopes);
    }

    @SuppressWarnings("unchecked")
    private List<Number> claimable(OutboxStatus status, int priority, Instant now, int max) {
        return em.createNativeQuery(CLAIMABLE)
                .setParameter(1, status.name())
                .setParameter(2, priority)
                .setParameter(3, InstantConverter.column(now))
                .setParameter(4, InstantConverter.column(now))
                .setParameter(5, max)
                .getResultList();
    }

    /**
     * Marks one row handed over, in a transaction of its own (what {@link Books#handOver} does, for a caller that
     * hands over a single row).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean handOver(long id, String token) {
        try (var books = open(token)) {
            return books.handOver(id);
        }
    }

    /**
     * The books of one claimed batch: one worker marks each row handed over just before it goes to its channel, and
     * records what became of it, one committed transaction per message (the record of one send and the hand-over
     * of the next share it). Plain JDBC on one connection of the non-transactional pool, held for the batch: this is
     * the dispatcher's hot path, and a JTA transaction and two JPQL updates per message cost the node more CPU than
     * the sending itself (BENCHMARKS.md, (c)). EclipseLink's shared cache is off, so no entity goes stale.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Books open(String token) {
        try {
            return new JdbcBooks(direct.getConnection(), token, time);
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection for the outbox: " + e.getMessage(), e);
        }
    }

    /** What a dispatcher writes about the rows of its claim; each call commits before it returns. */
    public interface Books extends AutoCloseable {
        /**
         * Marks the row as handed to its channel, just before it is: true while it is still ours to send (not
         * cancelled, not put back in line or settled because the lease ran out). From here on, a lease that runs out
         * makes it UNKNOWN.
         */
        boolean handOver(long id);

        /**
         * {@link #record} for one send and {@link #handOver} for the next row of the same claim, in one transaction.
         * Nothing is lost by the wait: until the record commits, the sent row has its {@code handed_over_at}, so a
         * dispatcher that stops here leaves it UNKNOWN, never re-sent; the next row is marked only just before it is
         * handed to its channel, as with {@link #handOver}.
         */
        boolean recordThenHandOver(Sending done, long next, Instant now);

        /**
         * Records what became of a send. Once a message has really left (or never will), its text is blanked: it may
         * hold a code or a manage link (an attached calendar goes with it), and the row's kind, recipient and outcome
         * are what is worth keeping. The development inbox keeps its texts, so a newcomer can read them.
         */
        void record(Sending done, Instant now);

        @Override
        void close();
    }

    /** A send waiting to be recorded: its row, what became of it, and whether its text may stay. */
    public record Sending(Envelope envelope, Outcome outcome, boolean keepText) {
    }

    private final class JdbcBooks implements Books {
        private final Connection connection;
        private final String token;
        private final TimeSource time;

        JdbcBooks(Connection connection, String token, TimeSource time) throws SQLException {
            this.connection = connection;
            this.token = token;
            this.time = time;
            connection.setAutoCommit(false);
        }

        @Override
        public boolean handOver(long id) {
            return commit(() -> markHandedOver(id));
        }

        @Override
        public boolean recordThenHandOver(Sending done, long next, Instant now) {
            return commit(() -> {
                writeRecord(done, now);
                return markHandedOver(next);
            });
        }

        @Override
        public void record(Sending done, Instant now) {
            commit(() -> {
                writeRecord(done, now);
                return true;
            });
        }

        private boolean commit(Work work) {
            try {
                boolean result = work.run();
                connection.commit();
                return result;
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw new IllegalStateException("The outbox's books could not be written: " + e.getMessage(), e);
            }
        }

        private boolean markHandedOver(long id) throws SQLException {
            try (var update = connection.prepareStatement(HAND_OVER)) {
                update.setObject(1, InstantConverter.column(time.now()));
                update.setLong(2, id);
                update.setString(3, token);
                update.setString(4, OutboxStatus.SENDING.name());
                return update.executeUpdate() == 1;
            }
        }

        private void writeRecord(Sending done, Instant now) throws SQLException {
            var envelope = done.envelope();
            var outcome = done.outcome();
            OutboxTransition transition;
            String providerId = null;
            String error;
            if (outcome instanceof Outcome.Sent sent) {
                transition = OutboxTransition.SEND;
                providerId = sent.providerId();
                error = null;
            } else if (outcome instanceof Outcome.Failed failed) {
                transition = OutboxTransition.FAIL;
                error = failed.reason();
            } else if (outcome instanceof Outcome.Unknown unknown) {
                transition = OutboxTransition.LOSE_TRACK;
                error = unknown.reason();
            } else {
                boolean givingUp = envelope.attempt() >= maxAttempts;
                transition = givingUp ? OutboxTransition.GIVE_UP : OutboxTransition.RETRY_LATER;
                error = (givingUp ? "gave up after " + envelope.attempt() + " attempts: " : "")
                        + ((Outcome.RetryLater) outcome).reason();
            }
            OutboxStatus status = transition.to();
            boolean retry = status == OutboxStatus.RETRY;
            boolean blank = status.settled() && !done.keepText();
            Instant retryAt = retry ? now.plus(retryWait(envelope.attempt(), (Outcome.RetryLater) outcome)) : null;
            boolean callbackMatters = envelope.channel() == ChannelKind.SMS
                    && (status == OutboxStatus.UNKNOWN || status == OutboxStatus.SENT);
            var record = new Record(envelope.id(), status, providerId, error, status.settled() ? now : null, retryAt,
                    blank);
            // nearly always no status callback came while sending: the update that assumes so needs no read
            if (callbackMatters && update(record, true) == 1) {
                return;
            }
            if (update(record, false) == 1 && callbackMatters) {
                settleFromCallbacks(envelope.id(), now);
            }
        }

        private int update(Record r, boolean noCallbackYet) throws SQLException {
            try (var update = connection.prepareStatement(noCallbackYet ? RECORD_NO_CALLBACK_YET : RECORD)) {
                update.setString(1, r.status().name());
                update.setString(2, r.providerId());
                update.setString(3, r.error() == null ? null
                        : r.error().substring(0, Math.min(500, r.error().length())));
                update.setObject(4, InstantConverter.column(r.settledAt()));
                update.setObject(5, InstantConverter.column(r.retryAt()));
                update.setBoolean(6, r.blank());
                update.setString(7, REDACTED);
                update.setBoolean(8, r.blank());
                update.setLong(9, r.id());
                update.setString(10, token);
                update.setString(11, OutboxStatus.SENDING.name());
                return update.executeUpdate();
            }
        }

        /**
         * A status callback may come while the row is still being handed over (it only records Twilio's status
         * then): once the outcome is recorded, an UNKNOWN row is settled from it, and a SENT one that did not arrive
         * is FAILED, just as if the callback had come after.
         */
        private void settleFromCallbacks(long id, Instant now) throws SQLException {
            OutboxStatus was;
            SmsDelivery delivery;
            try (var read = connection.prepareStatement(
                    "SELECT status, provider_status FROM outbox_message WHERE id = ?")) {
                read.setLong(1, id);
                try (var row = read.executeQuery()) {
                    if (!row.next() || row.getString(2) == null) {
                        return;
                    }
                    was = OutboxStatus.valueOf(row.getString(1));
                    delivery = SmsDelivery.valueOf(row.getString(2));
                }
            }
            OutboxStatus settled = delivery.settle(was);
            if (settled == was) {
                return;
            }
            try (var update = connection.prepareStatement(
                    "UPDATE outbox_message SET status = ?, settled_at = ?, last_error = ? WHERE id = ? AND status = ?")) {
                update.setString(1, settled.name());
                update.setObject(2, InstantConverter.column(now));
                update.setString(3, "Twilio's status callback (before the send was recorded) said "
                        + delivery.name().toLowerCase(java.util.Locale.ROOT));
                update.setLong(4, id);
                update.setString(5, was.name());
                update.executeUpdate();
            }
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback(); // nothing is left uncommitted after a call returns; this is for a failed one
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                LOG.fine(() -> "Closing the outbox's connection: " + e);
            }
        }
    }

    private interface Work {
        boolean run() throws SQLException;
    }

    private record Record(long id, OutboxStatus status, String providerId, String error, Instant settledAt,
                          Instant retryAt, boolean blank) {
    }

    /** The outbox's backoff, or longer when the provider asked for a longer wait. */
    static Duration retryWait(int attempt, Outcome.RetryLater outcome) {
        Duration backoff = backoff(attempt);
        return outcome.notBefore() != null && outcome.notBefore().compareTo(backoff) > 0 ? outcome.notBefore()
                : backoff;
    }

    /** 1, 2, 4, 8 … minutes after each failed attempt, at most 30. */
    static Duration backoff(int attempt) {
        return Duration.ofMinutes(Math.min(30, 1L << Math.min(5, Math.max(0, attempt - 1))));
    }
}
