package dk.helhed.events.control;

import dk.helhed.events.entity.Event;
import dk.helhed.events.entity.Signup;
import dk.helhed.events.entity.SignupStatus;
import dk.helhed.events.entity.Waitlist;
import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.verification.entity.ManageToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An event's places, inside the caller's transaction. A place is taken by one conditional update of the event row
 * ({@code booked < capacity}), never check-then-insert. Giving a place up, and anything that reads the line to act
 * on it, first locks the event row ({@link #lock}); the rows read after that are read with locks too, so they are
 * the latest, not the transaction's first snapshot. Two cancellations can therefore never offer one place twice,
 * nor one person two places.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Places {
    private static final String REFRESH = "eclipselink.refresh";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    EventSettings settings;

    /** The event, its row locked until the transaction ends. */
    public Event lock(long eventId) {
        return em.createNamedQuery(Event.BY_ID, Event.class).setParameter("id", eventId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, true)
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("event.unknown"));
    }

    /** A sign-up of an event already {@link #lock locked}, read afresh. */
    public Signup signup(long signupId) {
        return em.createNamedQuery(Signup.BY_ID, Signup.class).setParameter("id", signupId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, true)
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("signup.unknown"));
    }

    /** Sign-ups of a locked event in these states, by id, read afresh. */
    public List<Signup> signups(Event event, Set<SignupStatus> statuses) {
        return em.createNamedQuery(Signup.OF_EVENT, Signup.class).setParameter("event", event.id())
                .setParameter("statuses", statuses)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, true).getResultList();
    }

    public Waitlist waitlist(Event event) {
        return Waitlist.of(signups(event, EnumSet.of(SignupStatus.WAITLISTED)));
    }

    /** Takes a free place of an open event; false when there is none. */
    public boolean take(Event event) {
        return em.createNamedQuery(Event.TAKE).setParameter("id", event.id()).executeUpdate() == 1;
    }

    /**
     * A place of a locked event was given up: it is offered to the first verified sign-up in line, and stays
     * reserved for them; with nobody to offer it to (or once the event has begun or is cancelled) it is free again.
     * Answers whether it was offered to someone.
     */
    public boolean release(Event event, Instant now) {
        if (event.passesPlacesOn(now)) {
            var next = waitlist(event).nextInLine();
            if (next.isPresent()) {
                var token = ManageToken.create();
                next.get().offer(token, now, settings.offerUntil(now, event.startsAt()));
                outbox.enqueue(settings.messages().offered(next.get(), token, now));
                return true;
            }
        }
        em.createNamedQuery(Event.GIVE_BACK).setParameter("id", event.id()).executeUpdate();
        return false;
    }
}
