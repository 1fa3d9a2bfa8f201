package dk.helhed.events.boundary;

import dk.helhed.events.control.Places;
import dk.helhed.events.entity.Signup;
import dk.helhed.events.entity.SignupStatus;
import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.people.entity.Resident;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Participants' personal data in sign-ups (name, which for a homework seat is the child's, phone, e-mail): found,
 * corrected and erased for the person (privacy's data-subject requests) and erased after its time (retention).
 * Erasing keeps the rest: event (date, place, title), status and language, so the plan's reports still count them.
 */
@ApplicationScoped
@Transactional
public class SignupPersonalData {
    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    Places places;

    @Inject
    Outbox outbox;

    /** A sign-up as held about the person; {@code event} is the title in Danish. */
    public record Held(String reference, String event, boolean homework, Instant start, String place, String status,
                       String name, String phone, String email, String language) {
    }

    /** Sign-ups not yet erased that name this phone (E.164) or e-mail address (lower case), by start. */
    public List<Held> about(String phone, String email) {
        return found(phone, email).stream().map(s -> new Held(s.reference(), s.event().title().da(),
                s.event().isHomeworkSeat(), s.event().startsAt(), s.event().place().name(), s.status().name(),
                s.contact().name(), s.contact().phone(), s.contact().email().orElse(null),
                s.contact().language().tag())).toList();
    }

    private List<Signup> found(String phone, String email) {
        return em.createNamedQuery(Signup.ABOUT, Signup.class).setParameter("phone", phone)
                .setParameter("email", email).getResultList();
    }

    /**
     * Erases them at the person's request: a sign-up still to come ends without a message, its place goes to the
     * next in line; what was waiting to be sent about it is cancelled and every message about it erased. Answers how
     * many.
     */
    public int eraseAbout(String phone, String email) {
        var now = time.now();
        var found = found(phone, email);
        for (var signup : found) {
            var event = places.lock(signup.event().id());
            if (places.signup(signup.id()).erase(now)) {
                places.release(event, now);
            }
            outbox.forgetTopic(signup.topic());
        }
        return found.size();
    }

    /** Corrects the details in every sign-up naming them; waiting messages go to the corrected phone and address. */
    public int correct(String phone, String email, Resident corrected) {
        var found = found(phone, email);
        for (var signup : found) {
            String oldPhone = signup.contact().phone();
            String oldEmail = signup.contact().email().orElse(null);
            // a homework seat's name is the child's: a parent's correction changes how to reach them, not the child
            signup.correct(signup.event().isHomeworkSeat()
                    ? new Resident(signup.contact().name(), corrected.phone(), corrected.email()) : corrected);
            outbox.readdress(signup.topic(), oldPhone, corrected.phone().e164());
            outbox.readdress(signup.topic(), oldEmail, corrected.email().orElse(null));
        }
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException clash) {
            // the corrected phone and name are already signed up for one of these events
            throw Refusal.conflict("data-subject.correction-clash");
        }
        return found.size();
    }

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
