package dk.helhed.events.boundary;

import dk.helhed.events.control.EventSettings;
import dk.helhed.events.control.Places;
import dk.helhed.events.entity.Event;
import dk.helhed.events.entity.Signup;
import dk.helhed.events.entity.SignupStatus;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.people.boundary.PhoneCountries;
import dk.helhed.people.entity.Resident;
import dk.helhed.storage.DatabaseRefusals;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.boundary.RateLimits;
import dk.helhed.verification.boundary.Verifications;
import dk.helhed.verification.entity.ManageToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * Residents sign up for events and verify their phone. Each call is one transaction.
 * <p>
 * A sign-up takes its place at once, if one is free, by the event's conditional update; otherwise it joins the line.
 * Either way it waits for the SMS code: the right code confirms the place (or keeps the turn in line, or takes a
 * place that has come free meanwhile); a hold nobody verifies gives its place or turn back when it runs out.
 */
@ApplicationScoped
@Transactional
public class SignUps {
    @PersistenceContext
    EntityManager em;
    @Inject
    PhoneCountries countries;

    @Inject
    Places places;

    @Inject
    Outbox outbox;

    @Inject
    Verifications verifications;

    @Inject
    RateLimits limits;

    @Inject
    EventSettings settings;

    @Inject
    TimeSource time;

    /** What a resident sends; {@code from} is where the request came from (for rate limits). */
    public record Request(long eventId, String name, String phone, String email, Language language, String from) {
    }

    /** A sign-up and, this once only, the secret for its link. */
    public record Held(Signup signup, ManageToken token) {
    }

    /** A sign-up's ids, found by one of its tokens; ids never change, so reading them needs no lock. */
    record Located(long signupId, long eventId) {
    }

    /**
     * Everything that does not need the event's row comes first (limits, the duplicate check, the code and its SMS
     * in the outbox); the place is taken last, so the row is locked only for the sign-up's insert and the commit.
     */
    public Held hold(Request request) {
        var event = em.createNamedQuery(Event.WITH_PLACE, Event.class).setParameter("id", request.eventId())
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("event.unknown"));
        var resident = resident(request);
        var now = time.now();
        event.requireOpenForSignup(now);
        if (request.from() != null) {
            limits.take("signup-ip:" + request.from(), settings.signupsPerIpPerHour(), Duration.ofHours(1));
        }
        if (em.createNamedQuery(Signup.LIVE_WITH_PHONE, Long.class).setParameter("event", event.id())
                .setParameter("phone", resident.phone().e164()).setParameter("name", Signup.nameKey(resident.name()))
                .getSingleResult() > 0) {
            throw Refusal.conflict("signup.duplicate");
        }
        var reference = Signup.newReference();
        verifications.start(Signup.topicOf(reference), resident.phone().e164(), request.language());
        var token = ManageToken.create();
        var until = settings.holdUntil(now);
        Signup signup;
        if (places.take(event)) {
            signup = Signup.withPlace(event, reference, resident, request.language(), token, now, until);
        } else {
            // full (or just cancelled): with the row locked, the line's order is the order of ids
            signup = Signup.inLine(places.lock(event.id()), reference, resident, request.language(), token, now,
                    until);
        }
        persist(signup);
        return new Held(signup, token);
    }

    /**
     * The resident's code: right, and the place is confirmed or the turn in line kept; wrong, and a try is spent (on
     * its own: everything else is rolled back with the refusal).
     */
    public Signup verify(String token, String code) {
        var at = locate(token);
        var event = places.lock(at.eventId());
        var signup = places.signup(at.signupId());
        var now = time.now();
        signup.requireAwaitingCode(now);
        verifications.verify(signup.topic(), code);
        // nothing below refuses, so a verified code never leaves a half-done change behind
        signup.verify(now);
        var messages = settings.messages();
        var manage = new ManageToken(token);
        if (signup.status() == SignupStatus.WAITLISTED && event.passesPlacesOn(now) && places.take(event)) {
            signup.confirmFromLine();
        }
        if (signup.status() == SignupStatus.CONFIRMED) {
            outbox.enqueue(messages.confirmed(signup, manage, now));
        } else {
            int position = places.waitlist(event).position(signup).orElseThrow();
            outbox.enqueue(messages.waitlisted(signup, manage, position, now));
        }
        return signup;
    }

    /** A new code for a sign-up still waiting for one, after the cooldown. */
    public Signup resendCode(String token) {
        var signup = byToken(token);
        if (!signup.awaitingCode()) {
            throw Refusal.conflict("signup.not-held");
        }
        verifications.resend(signup.topic(), signup.contact().language());
        return signup;
    }

    /** Reading a sign-up never changes it. */
    public Signup byToken(String token) {
        return em.find(Signup.class, locate(token).signupId());
    }

    /** Where the sign-up stands in line now (1 is next), if it is in line: everyone in line before it, counted. */
    public OptionalInt position(Signup signup) {
        if (signup.status() != SignupStatus.WAITLISTED) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(em.createNamedQuery(Signup.PLACE_IN_LINE, Long.class)
                .setParameter("event", signup.event().id()).setParameter("id", signup.id())
                .getSingleResult().intValue());
    }

    Located locate(String token) {
        return em.createNamedQuery(Signup.IDS_BY_TOKEN_HASH, Object[].class)
                .setParameter("hash", ManageToken.hash(token == null ? "" : token))
                .getResultStream().findFirst()
                .map(row -> new Located(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .orElseThrow(() -> Refusal.notFound("signup.unknown"));
    }

    private Resident resident(Request request) {
        var resident = Resident.of(request.name(), request.phone(), request.email());
        if (!countries.allows(resident.phone())) {
            throw Refusal.invalid("phone", "field.phone.country");
        }
        if (!resident.phone().receivesSms()) {
            throw Refusal.invalid("phone", "field.phone.no-sms");
        }
        return resident;
    }

    /** The unique constraint on (event, live phone, name) settles two sign-ups that raced past the check. */
    private void persist(Signup signup) {
        DatabaseRefusals.insert(em, signup, () -> Refusal.conflict("signup.duplicate"));
    }
}
