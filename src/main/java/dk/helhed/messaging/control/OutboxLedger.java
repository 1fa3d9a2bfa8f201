package dk.helhed.messaging.control;

import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.OutboxMessage;
import dk.helhed.messaging.entity.OutboxStatus;
import dk.helhed.storage.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The dispatcher's bookkeeping, each step its own short transaction so that no transaction is open while a message
 * is handed to a provider. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} and a lease, so several nodes can
 * dispatch at once without taking the same row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxLedger {
    /**
     * One status at a time, so that the index on (status, due_at) gives the order and the locking read stops at the
     * limit. With {@code status IN ('PENDING', 'RETRY')} the rows are sorted after reading, and the read locks every
     * due row until the claim commits: a second dispatcher's SKIP LOCKED then finds nothing at all.
     */
    private static final String CLAIMABLE = """
            SELECT id FROM outbox_message WHERE status = ? AND due_at <= ? AND expires_at > ?
            ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED""";

    public static final String REDACTED = "(removed after sending)";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "helhed.messaging.max-attempts", defaultValue = "10")
    int maxAttempts;

    /** A batch claimed under one token. */
    public record Claimed(String token, List<Envelope> envelopes) {
    }

    /**
     * Written on a row the moment it is handed to its channel, and replaced by whatever {@link #record} writes. A
     * row whose lease runs out while it carries this was handed over: it may or may not have been delivered.
     */
    static final String HANDED_OVER = "handed to its channel; no outcome recorded yet";

    /**
     * Settles what can no longer be sent: a lease that ran out after the row was handed to its channel becomes
     * UNKNOWN (never re-sent blindly); a lease that ran out before that (the dispatcher stopped, e.g. its node was
     * killed, with the row still waiting in its batch) puts the row back in line, since it never left; a message
     * whose moment has passed (a reminder after the appointment began) is cancelled.
     */
    public void settleOverdue(Instant now) {
        em.createQuery("""
                        update OutboxMessage m set m.status = :unknown, m.settledAt = :now, m.leaseUntil = null,
                        m.lastError = 'the lease ran out while sending: it may or may not have been delivered'
                        where m.status = :sending and m.leaseUntil < :now and m.lastError = :handedOver""")
                .setParameter("unknown", OutboxStatus.UNKNOWN).setParameter("sending", OutboxStatus.SENDING)
                .setParameter("handedOver", HANDED_OVER).setParameter("now", now).executeUpdate();
        em.createQuery("""
                        update OutboxMessage m set m.status = :retry, m.leaseUntil = null, m.claimToken = null,
                        m.lastError = 'claimed by a dispatcher that stopped before handing it over: queued again'
                        where m.status = :sending and m.leaseUntil < :now
                        and (m.lastError is null or m.lastError <> :handedOver)""")
                .setParameter("retry", OutboxStatus.RETRY).setParameter("sending", OutboxStatus.SENDING)
                .setParameter("handedOver", HANDED_OVER).setParameter("now", now).executeUpdate();
        em.createQuery("""
                        update OutboxMessage m set m.status = :cancelled, m.settledAt = :now,
                        m.lastError = 'too late: its moment has passed'
                        where m.status in :waiting and m.expiresAt <= :now""")
                .setParameter("cancelled", OutboxStatus.CANCELLED).setParameter("waiting", OutboxStatus.WAITING)
                .setParameter("now", now).executeUpdate();
    }

    public Claimed claim(Instant now, int max, Duration lease) {
        List<Number> ids = new ArrayList<>(claimable(OutboxStatus.RETRY, now, max));
        if (ids.size() < max) {
            ids.addAll(claimable(OutboxStatus.PENDING, now, max - ids.size()));
        }
        String token = UUID.randomUUID().toString();
        if (ids.isEmpty()) {
            return new Claimed(token, List.of());
        }
        em.createQuery("""
                        update OutboxMessage m set m.status = :sending, m.claimToken = :token,
                        m.leaseUntil = :lease, m.attempts = m.attempts + 1 where m.id in :ids""")
                .setParameter("sending", OutboxStatus.SENDING).setParameter("token", token)
                .setParameter("lease", now.plus(lease))
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                .executeUpdate();
        List<Envelope> envelopes = em.createQuery(
                        "select m from OutboxMessage m where m.claimToken = :token order by m.id", OutboxMessage.class)
                .setParameter("token", token).getResultList().stream()
                .map(m -> new Envelope(m.id(), m.channel(), m.recipient(), m.subject(), m.body(), m.attempts(),
                        m.calendar()))
                .toList();
        return new Claimed(token, envelopes);
    }

    @SuppressWarnings("unchecked")
    private List<Number> claimable(OutboxStatus status, Instant now, int max) {
        return em.createNativeQuery(CLAIMABLE)
                .setParameter(1, status.name())
                .setParameter(2, InstantConverter.column(now))
                .setParameter(3, InstantConverter.column(now))
                .setParameter(4, max)
                .getResultList();
    }

    /** True while the row is still ours to send: not cancelled, not settled by an expired lease. */
    public boolean stillClaimed(long id, String token) {
        return !em.createQuery("""
                        select m.id from OutboxMessage m where m.id = :id and m.claimToken = :token
                        and m.status = :sending""")
                .setParameter("id", id).setParameter("token", token).setParameter("sending", OutboxStatus.SENDING)
                .getResultList().isEmpty();
    }

    /**
     * Marks the row as handed to its channel, just before it is: true while it is still ours to send (not cancelled,
     * not put back in line or settled because the lease ran out). From here on, a lease that runs out makes it
     * UNKNOWN.
     */
    public boolean handOver(long id, String token) {
        return markHandedOver(id, token);
    }

    /**
     * {@link #record} for one send and {@link #handOver} for the next row of the same claim, in one transaction: a
     * dispatcher commits once per message instead of twice. Nothing is lost by the wait: until the record commits,
     * the sent row carries {@link #HANDED_OVER}, so a dispatcher that stops here leaves it UNKNOWN, never re-sent;
     * the next row is marked only just before it is handed to its channel, as with {@link #handOver}.
     */
    public boolean recordThenHandOver(Sending done, long next, String token, Instant now) {
        writeRecord(done.envelope(), token, done.outcome(), now, done.keepText());
        return markHandedOver(next, token);
    }

    /** A send waiting to be recorded: its row, what became of it, and whether its text may stay. */
    public record Sending(Envelope envelope, Outcome outcome, boolean keepText) {
    }

    private boolean markHandedOver(long id, String token) {
        return em.createQuery("""
                        update OutboxMessage m set m.lastError = :handedOver
                        where m.id = :id and m.claimToken = :token and m.status = :sending""")
                .setParameter("handedOver", HANDED_OVER).setParameter("id", id).setParameter("token", token)
                .setParameter("sending", OutboxStatus.SENDING).executeUpdate() == 1;
    }

    /**
     * Records what became of a send. Once a message has really left (or never will), its text is blanked: it may
     * hold a code or a manage link (an attached calendar goes with it), and the row's kind, recipient and outcome
     * are what is worth keeping. The
     * development inbox keeps its texts, so a newcomer can read them.
     */
    public void record(Envelope envelope, String token, Outcome outcome, Instant now, boolean keepText) {
        writeRecord(envelope, token, outcome, now, keepText);
    }

    private void writeRecord(Envelope envelope, String token, Outcome outcome, Instant now, boolean keepText) {
        OutboxStatus status;
        String providerId = null;
        String error;
        if (outcome instanceof Outcome.Sent sent) {
            status = OutboxStatus.SENT;
            providerId = sent.providerId();
            error = null;
        } else if (outcome instanceof Outcome.Failed failed) {
            status = OutboxStatus.FAILED;
            error = failed.reason();
        } else if (outcome instanceof Outcome.Unknown unknown) {
            status = OutboxStatus.UNKNOWN;
            error = unknown.reason();
        } else {
            boolean givingUp = envelope.attempt() >= maxAttempts;
            status = givingUp ? OutboxStatus.FAILED : OutboxStatus.RETRY;
            error = (givingUp ? "gave up after " + envelope.attempt() + " attempts: " : "")
                    + ((Outcome.RetryLater) outcome).reason();
        }
        boolean retry = status == OutboxStatus.RETRY;
        boolean blank = status.settled() && !keepText;
        Instant retryAt = retry ? now.plus(retryWait(envelope.attempt(), (Outcome.RetryLater) outcome)) : null;
        boolean callbackMatters = envelope.channel() == ChannelKind.SMS
                && (status == OutboxStatus.UNKNOWN || status == OutboxStatus.SENT);
        if (callbackMatters) {
            // nearly always no status callback came while sending: the update that assumes so needs no read
            if (recordUpdate(envelope, token, status, providerId, error, now, retryAt, blank, true)
                    .executeUpdate() == 1) {
                return;
            }
        }
        if (recordUpdate(envelope, token, status, providerId, error, now, retryAt, blank, false)
                .executeUpdate() == 1 && callbackMatters) {
            settleFromCallbacks(envelope.id(), now);
        }
    }

    private Query recordUpdate(Envelope envelope, String token, OutboxStatus status,
                               String providerId, String error, Instant now, Instant retryAt,
                               boolean blank, boolean noCallbackYet) {
        var update = em.createQuery("""
                        update OutboxMessage m set m.status = :status, m.providerId = %s, m.lastError = :error,
                        m.leaseUntil = null, m.settledAt = :settledAt, m.dueAt = %s, m.body = %s, m.calendar = %s
                        where m.id = :id and m.claimToken = :token and m.status = :sending%s"""
                        .formatted(providerId == null ? "m.providerId" : ":provider",
                                retryAt != null ? ":retryAt" : "m.dueAt", blank ? "'" + REDACTED + "'" : "m.body",
                                blank ? "null" : "m.calendar", noCallbackYet ? " and m.providerStatus is null" : ""))
                .setParameter("status", status)
                .setParameter("error", error == null ? null : error.substring(0, Math.min(500, error.length())))
                .setParameter("settledAt", status.settled() ? now : null)
                .setParameter("id", envelope.id()).setParameter("token", token)
                .setParameter("sending", OutboxStatus.SENDING);
        if (providerId != null) {
            update.setParameter("provider", providerId);
        }
        if (retryAt != null) {
            update.setParameter("retryAt", retryAt);
        }
        return update;
    }

    /**
     * A status callback may come while the row is still being handed over (it only records Twilio's status then):
     * once the outcome is recorded, an UNKNOWN row is settled from it, and a SENT one that did not arrive is FAILED,
     * just as if the callback had come after.
     */
    private void settleFromCallbacks(long id, Instant now) {
        OutboxMessage row = em.find(OutboxMessage.class, id);
        if (row == null || row.providerStatus() == null) {
            return;
        }
        OutboxStatus settled = row.providerStatus().settle(row.status());
        if (settled != row.status()) {
            em.createQuery("""
                            update OutboxMessage m set m.status = :settled, m.settledAt = :now,
                            m.lastError = :why where m.id = :id and m.status = :was""")
                    .setParameter("settled", settled).setParameter("now", now)
                    .setParameter("why", "Twilio's status callback (before the send was recorded) said "
                            + row.providerStatus().name().toLowerCase(java.util.Locale.ROOT))
                    .setParameter("id", id).setParameter("was", row.status())
                    .executeUpdate();
        }
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
