package dk.helhed.events.boundary;

import dk.helhed.events.control.EventSettings;
import dk.helhed.events.control.Places;
import dk.helhed.events.entity.Signup;
import dk.helhed.events.entity.SignupStatus;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.entity.ManageToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.List;

/**
 * What happens to a sign-up after it is made: the resident cancels, accepts or declines an offered place; a hold
 * or an offer runs out. Each is one transaction that locks the event first, and every place given up goes on to
 * the next verified person in line ({@link Places#release}).
 */
@ApplicationScoped
@Transactional
public class SignupChanges {
    @PersistenceContext
    EntityManager em;

    @Inject
    SignUps signUps;

    @Inject
    Places places;

    @Inject
    Outbox outbox;

    @Inject
    EventSettings settings;

    @Inject
    TimeSource time;

    public Signup cancel(String token) {
        var at = signUps.locate(token);
        var event = places.lock(at.eventId());
        var signup = places.signup(at.signupId());
        var now = time.now();
        boolean hadPlace = signup.status().holdsPlace();
        signup.cancel(now);
        outbox.cancel(signup.topic(), "the sign-up was cancelled");
        if (signup.verified()) {
            outbox.enqueue(settings.messages().cancelled(signup, now));
        }
        if (hadPlace) {
            places.release(event, now);
        }
        return signup;
    }

    /** Takes the offered place; the resident gets the confirmation and the reminder, with this link. */
    public Signup accept(String token) {
        var at = signUps.locate(token);
        places.lock(at.eventId());
        var signup = places.signup(at.signupId());
        var now = time.now();
        signup.accept(now);
        outbox.enqueue(settings.messages().confirmed(signup, new ManageToken(token), now));
        return signup;
    }

    public Signup decline(String token) {
        var at = signUps.locate(token);
        var event = places.lock(at.eventId());
        var signup = places.signup(at.signupId());
        var now = time.now();
        signup.decline(now);
        outbox.cancel(signup.topic(), "the offer was declined");
        places.release(event, now);
        return signup;
    }

    /** Sign-ups whose code never came in time. */
    public List<Long> dueHolds() {
        return em.createNamedQuery(Signup.DUE_HOLDS, Long.class)
                .setParameter("statuses", EnumSet.of(SignupStatus.HELD, SignupStatus.WAITLISTED))
                .setParameter("now", time.now()).getResultList();
    }

    /** Offers nobody answered in time. */
    public List<Long> dueOffers() {
        return em.createNamedQuery(Signup.DUE_OFFERS, Long.class).setParameter("now", time.now()).getResultList();
    }

    /** Lets an unverified sign-up go, if it still is one that ran out; returns whether it did. */
    public boolean expireHold(long signupId) {
        var event = places.lock(em.find(Signup.class, signupId).event().id());
        var signup = places.signup(signupId);
        var now = time.now();
        if (!signup.awaitingCode() || now.isBefore(signup.holdUntil())) {
            return false;
        }
        boolean hadPlace = signup.status().holdsPlace();
        signup.expire(now);
        outbox.cancel(signup.topic(), "the hold ran out before the phone was verified");
        if (hadPlace) {
            places.release(event, now);
        }
        return true;
    }

    /** Passes an offer that ran out on to the next in line, if it still is one; returns whether it did. */
    public boolean lapseOffer(long signupId) {
        var event = places.lock(em.find(Signup.class, signupId).event().id());
        var signup = places.signup(signupId);
        var now = time.now();
        if (signup.status() != SignupStatus.OFFERED || now.isBefore(signup.offerUntil())) {
            return false;
        }
        signup.lapse(now);
        outbox.cancel(signup.topic(), "the offer ran out");
        places.release(event, now);
        return true;
    }
}
