package dk.helhed.messaging.control;

import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.OutboxMessage;
import dk.helhed.messaging.entity.OutboxStatus;
import dk.helhed.messaging.entity.SmsDelivery;
import dk.helhed.messaging.entity.SmsStatusEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies Twilio's status callbacks (already checked to be signed by Twilio) to outbox rows, in one transaction per
 * callback with the row locked: records the callback once per (sid, status), moves the row's provider status forward
 * only, and settles the row from it ({@link SmsDelivery#settle}). A replay or a late status changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SmsStatusCallbacks {
    private static final Logger LOG = Logger.getLogger(SmsStatusCallbacks.class.getName());

    /** What a callback did. */
    public enum Result {
        /** The row moved on. */
        APPLIED,
        /** Recorded, but the row was already further along (or at another final status). */
        LATE,
        /** This sid and status were seen before: nothing changed. */
        REPLAYED,
        /** No SMS of ours matches: nothing changed. */
        UNKNOWN_MESSAGE,
        /** A status that says nothing about an outgoing SMS: nothing changed. */
        IGNORED
    }

    /**
     * One callback: {@code row} is the outbox id named in the callback's own URL (null when the URL named none),
     * {@code sid} and {@code status} Twilio's MessageSid and MessageStatus, {@code errorCode} its ErrorCode or null.
     */
    public record Callback(Long row, String sid, String status, String errorCode) {
    }

    @PersistenceContext
    EntityManager em;

    public Result apply(Callback callback, Instant now) {
        Optional<SmsDelivery> delivery = SmsDelivery.fromTwilio(callback.status());
        if (delivery.isEmpty()) {
            return Result.IGNORED;
        }
        OutboxMessage row = find(callback);
        if (row == null) {
            LOG.info(() -> "Twilio status callback for no SMS of ours: " + callback);
            return Result.UNKNOWN_MESSAGE;
        }
        String status = callback.status().strip().toLowerCase(java.util.Locale.ROOT);
        long seen = em.createNamedQuery(SmsStatusEvent.SEEN, Long.class).setParameter("sid", callback.sid())
                .setParameter("status", status).getSingleResult();
        if (seen > 0) {
            return Result.REPLAYED;
        }
        SmsDelivery next = delivery.get();
        boolean advances = next.advances(row.providerStatus());
        em.persist(new SmsStatusEvent(row.id(), callback.sid(), status, trim(callback.errorCode(), 10), advances,
                now));
        if (!advances) {
            return Result.LATE;
        }
        OutboxStatus settled = next.settle(row.status());
        boolean changes = settled != row.status();
        var update = em.createQuery(changes ? """
                        update OutboxMessage m set m.providerStatus = :delivery, m.providerId = :sid,
                        m.status = :status, m.settledAt = :now, m.leaseUntil = null, m.lastError = :why,
                        m.body = :redacted, m.calendar = null where m.id = :id""" : """
                        update OutboxMessage m set m.providerStatus = :delivery, m.providerId = :sid
                        where m.id = :id""")
                .setParameter("delivery", next)
                .setParameter("sid", row.providerId() == null ? callback.sid() : row.providerId())
                .setParameter("id", row.id());
        if (changes) {
            update.setParameter("status", settled).setParameter("now", now)
                    .setParameter("redacted", OutboxLedger.REDACTED)
                    .setParameter("why", why(row.status(), status, callback.errorCode()));
        }
        update.executeUpdate();
        return Result.APPLIED;
    }

    /**
     * The row the callback's URL names (its MessageSid must agree with the row's once the row has one), else the one
     * SMS row carrying that MessageSid; locked until the transaction ends.
     */
    private OutboxMessage find(Callback callback) {
        if (callback.row() != null) {
            OutboxMessage row = em.find(OutboxMessage.class, callback.row(), LockModeType.PESSIMISTIC_WRITE);
            if (row == null || row.channel() != ChannelKind.SMS
                    || (row.providerId() != null && !row.providerId().equals(callback.sid()))) {
                return null;
            }
            return row;
        }
        List<OutboxMessage> rows = em.createNamedQuery(OutboxMessage.SMS_BY_PROVIDER_ID, OutboxMessage.class)
                .setParameter("sid", callback.sid()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return rows.size() == 1 ? rows.get(0) : null;
    }

    private static String why(OutboxStatus was, String status, String errorCode) {
        String said = "Twilio's status callback said " + status
                + (errorCode == null || errorCode.isBlank() ? "" : " (error " + errorCode + ")");
        return was == OutboxStatus.UNKNOWN ? "settled after an unknown outcome: " + said : said;
    }

    private static String trim(String s, int max) {
        return s == null || s.isBlank() ? null : s.length() > max ? s.substring(0, max) : s;
    }
}
