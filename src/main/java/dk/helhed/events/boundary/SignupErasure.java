package dk.helhed.events.boundary;

import dk.helhed.events.entity.Signup;
import dk.helhed.events.entity.SignupStatus;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Erases participants' personal data from sign-ups (name, which for a homework seat is the child's, phone, e-mail)
 * and keeps the rest: event (date, place, title), status and language, so the plan's reports still count them.
 */
@ApplicationScoped
@Transactional
public class SignupErasure {
    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    /**
     * Sign-ups for events that ended before {@code endedBefore}: workshops and other listed events, or homework-help
     * seats ({@code listed} false). Answers how many rows were erased.
     */
    public int eraseEnded(boolean listed, Instant endedBefore) {
        return em.createNamedQuery(Signup.ERASE_ENDED).setParameter("now", time.now())
                .setParameter("before", endedBefore).setParameter("listed", listed).executeUpdate();
    }

    /** Holds never verified (ran out, or given up before the code) whose hold ended before {@code before}. */
    public int eraseUnverified(Instant before) {
        return em.createNamedQuery(Signup.ERASE_UNVERIFIED).setParameter("now", time.now())
                .setParameter("expired", SignupStatus.EXPIRED).setParameter("cancelled", SignupStatus.CANCELLED)
                .setParameter("before", before).executeUpdate();
    }
}
