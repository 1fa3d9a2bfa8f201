package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.people.boundary.PreferredLanguages;
import dk.helhed.shifts.control.ShiftCalendar;
import dk.helhed.shifts.control.ShiftMessages;
import dk.helhed.shifts.control.ShiftTaking;
import dk.helhed.shifts.entity.CalendarFeed;
import dk.helhed.shifts.entity.ShiftStatus;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.entity.ManageToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A person's private calendar feed: a secret address (128 random bits, stored as its SHA-256) that a phone's
 * calendar subscribes to. It lists the person's shifts of every kind from 30 days back on, each with its stable
 * UID, and nothing about anyone else. Making a new address retires the old one.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {
    @Inject
    PreferredLanguages languages;

    static final Duration BACK = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    ShiftTaking taking;

    @Inject
    ShiftBoard board;

    @Inject
    TimeSource time;

    /** A new secret for the person's feed, shown this once; any older one stops working. */
    public String renew(long personId) {
        var person = taking.lockPerson(personId);
        var token = ManageToken.create();
        var now = time.now();
        feedOf(personId).ifPresentOrElse(f -> f.renew(token.hash(), now),
                () -> em.persist(new CalendarFeed(person, token.hash(), now)));
        return token.value();
    }

    /** The person's feed address stops working (they left). */
    public void forget(long personId) {
        feedOf(personId).ifPresent(em::remove);
    }

    /** When the person's current feed address was made, if they have one. */
    public Optional<Instant> madeAt(long personId) {
        return feedOf(personId).map(CalendarFeed::createdAt);
    }

    /** The feed behind a secret, as iCalendar text; an unknown secret is "not found". */
    public String ics(String token) {
        var feed = em.createNamedQuery(CalendarFeed.BY_HASH, CalendarFeed.class)
                .setParameter("hash", ManageToken.hash(token == null ? "" : token)).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("calendar.unknown"));
        var now = time.now();
        var lang = languages.of(feed.person());
        var entries = board.assignments(feed.person().id(), now.minus(BACK), now.plus(ShiftBoard.FAR)).stream()
                .filter(a -> a.shift().status() == ShiftStatus.OPEN)
                .map(a -> ShiftMessages.entry(a.shift(), lang)).toList();
        return ShiftCalendar.of(entries, now, Texts.text(lang, "calendar.name"));
    }

    private Optional<CalendarFeed> feedOf(long personId) {
        return em.createNamedQuery(CalendarFeed.OF_PERSON, CalendarFeed.class).setParameter("person", personId)
                .getResultStream().findFirst();
    }
}
