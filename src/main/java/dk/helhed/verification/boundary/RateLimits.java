package dk.helhed.verification.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.entity.RateEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;

/**
 * Sliding-window limits kept in the database, so they hold across nodes. Counting and recording happen in the
 * caller's transaction: a refused request leaves no event behind.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RateLimits {
    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    /** Counts one more request in {@code bucket}, or refuses with 429 when {@code max} were made within {@code window}. */
    public void take(String bucket, int max, Duration window) {
        if (reached(bucket, max, window)) {
            throw Refusal.tooMany("rate.limited", Math.max(1, window.toMinutes()));
        }
        record(bucket);
    }

    /** True when {@code max} events were recorded in {@code bucket} within {@code window} (up to now). */
    public boolean reached(String bucket, int max, Duration window) {
        var now = time.now();
        return em.createQuery("""
                        select count(e) from RateEvent e
                        where e.bucket = :bucket and e.at > :since and e.at <= :now""", Long.class)
                .setParameter("bucket", bucket).setParameter("since", now.minus(window)).setParameter("now", now)
                .getSingleResult() >= max;
    }

    public void record(String bucket) {
        em.persist(new RateEvent(bucket, time.now()));
    }

    /** Forgets events older than {@code age}; they no longer count in any window. */
    @Transactional
    public int forget(Duration age) {
        return em.createQuery("delete from RateEvent e where e.at < :before")
                .setParameter("before", time.now().minus(age)).executeUpdate();
    }
}
