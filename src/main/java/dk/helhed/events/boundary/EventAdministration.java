package dk.helhed.events.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.events.control.EventSettings;
import dk.helhed.events.control.Places;
import dk.helhed.events.entity.Event;
import dk.helhed.events.entity.EventPlan;
import dk.helhed.events.entity.Localized;
import dk.helhed.events.entity.Signup;
import dk.helhed.events.entity.SignupStatus;
import dk.helhed.events.entity.Waitlist;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.plan.boundary.ClosedDays;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.plan.entity.Place;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.Sheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Coordinators create events and weekly series, see who is coming, cancel, and write to everyone signed up. */
@ApplicationScoped
@Transactional
public class EventAdministration {
    @Inject
    AccessLog accessLog;

    public static final int ANNOUNCEMENT_MAX = 480;

    @PersistenceContext
    EntityManager em;
    @Inject
    Plan plan;

    @Inject
    Places places;

    @Inject
    Outbox outbox;

    @Inject
    EventSettings settings;

    @Inject
    TimeSource time;

    @Inject
    ClosedDays closedDays;

    /** Who has a place (held, confirmed or offered) and who is in line, in order. */
    public record Participants(Event event, List<Signup> withPlace, Waitlist waitlist) {
    }

    /** What a create made: the events, and the weeks of a series skipped because the offices are closed then. */
    public record Made(List<Event> events, List<java.time.LocalDate> skipped) {
    }

    /** One event, or one per week of a series (closed days left out, unless asked for); all or nothing. */
    public Made create(EventPlan.Draft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        Place place = place(draft.place(), problems);
        EventPlan plan = null;
        try {
            plan = EventPlan.of(draft, time.zone(), time.now(), closedDays::isClosed);
        } catch (Refusal refusal) {
            problems.addAll(refusal.fields());
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        String series = plan.occurrences().size() > 1 ? UUID.randomUUID().toString() : null;
        List<Event> events = new ArrayList<>();
        for (var occurrence : plan.occurrences()) {
            var event = new Event(place, plan.title(), plan.description(), occurrence, plan.capacity(), series,
                    time.now());
            em.persist(event);
            events.add(event);
        }
        em.flush();
        return new Made(events, plan.skipped());
    }

    /**
     * The seats of one homework-help session: an event not listed among the others, which parents sign up for as
     * for any event (code, waitlist, manage link). Its sign-up closes when it starts.
     */
    public Event seats(Place place, Localized title, Localized description, Instant start, Instant end, int capacity,
                       String seriesId) {
        var event = Event.seats(place, title, description, new EventPlan.Occurrence(start, end, start), capacity,
                seriesId, time.now());
        em.persist(event);
        return event;
    }

    /** Who is signed up; a coordinator's look is written to the access log (names and phones of residents). */
    public Participants participants(long eventId, String coordinator) {
        var found = participants(eventId);
        accessLog.record(coordinator, "VIEW_PARTICIPANTS", "event:" + eventId);
        return found;
    }

    /**
     * Who has a place and who is in line, as a list to take away (CSV or spreadsheet): status, place in line,
     * reference, name, phone, e-mail. The export is written to the access log.
     */
    public Sheet participantsSheet(long eventId, String coordinator, Language lang) {
        var found = participants(eventId);
        accessLog.record(coordinator, "EXPORT_PARTICIPANTS", "event:" + eventId);
        List<List<String>> rows = new ArrayList<>();
        for (var s : found.withPlace()) {
            rows.add(row(s, "", lang));
        }
        for (var s : found.waitlist().inOrder()) {
            rows.add(row(s, String.valueOf(found.waitlist().position(s).getAsInt()), lang));
        }
        return new Sheet(Texts.text(lang, "page.participants.sheet"), List.of(
                Texts.text(lang, "page.participants.status"), Texts.text(lang, "page.participants.position"),
                Texts.text(lang, "page.participants.reference"), Texts.text(lang, "page.places.name"),
                Texts.text(lang, "page.participants.phone"), Texts.text(lang, "page.participants.email")), rows);
    }

    private static List<String> row(Signup s, String position, Language lang) {
        var contact = s.contact();
        return List.of(Texts.text(lang, "page.participants.status." + s.status().name()), position, s.reference(),
                contact.name(), contact.phone() == null ? "" : contact.phone(), contact.email().orElse(""));
    }

    public Participants participants(long eventId) {
        var event = find(eventId);
        var live = em.createNamedQuery(Signup.OF_EVENT, Signup.class).setParameter("event", eventId)
                .setParameter("statuses", EnumSet.of(SignupStatus.HELD, SignupStatus.CONFIRMED, SignupStatus.OFFERED,
                        SignupStatus.WAITLISTED)).getResultList();
        return new Participants(event, live.stream().filter(s -> s.status().holdsPlace()).toList(), Waitlist.of(live));
    }

    /** Cancels the event and every sign-up; everyone whose phone is verified is told. */
    public Event cancel(long eventId) {
        var event = places.lock(eventId);
        var now = time.now();
        event.cancel(now);
        var messages = settings.messages();
        for (var signup : places.signups(event, EnumSet.of(SignupStatus.HELD, SignupStatus.CONFIRMED,
                SignupStatus.OFFERED, SignupStatus.WAITLISTED))) {
            signup.eventCancelled(now);
            outbox.cancel(signup.topic(), "the event was cancelled");
            if (signup.verified()) {
                outbox.enqueue(messages.eventCancelled(signup, now));
            }
        }
        return event;
    }

    /**
     * Moves an event that has not started (a homework-help session moved by its coordinator). Everyone verified
     * with a place or in line is told the new time; a confirmed place's reminder is filed again for it.
     */
    public Event move(long eventId, java.time.Instant newStart, java.time.Instant newEnd) {
        var event = places.lock(eventId);
        var now = time.now();
        var previousStart = event.startsAt();
        event.moveTo(newStart, newEnd, now);
        var messages = settings.messages();
        for (var signup : places.signups(event, EnumSet.of(SignupStatus.CONFIRMED, SignupStatus.OFFERED,
                SignupStatus.WAITLISTED))) {
            if (signup.verified()) {
                outbox.cancel(signup.topic(), EnumSet.of(MessageKind.REMINDER, MessageKind.REMINDER_SOON),
                        "the event was moved");
                outbox.enqueue(messages.moved(signup, previousStart, now));
            }
        }
        return event;
    }

    /** An event as changed: how many people were told of a new time or place, and how many in line got a place. */
    public record Edited(Event event, int told, int offered) {
    }

    /**
     * Changes one event that has not begun (not a homework-help session's seats: those follow their session):
     * place, wording, time, sign-up deadline and places, checked as a new one is, all problems at once. Everyone
     * verified with a place or in line is told a new time or place (their reminders filed again); places added go to
     * those in line first, as a place given up does. Never fewer places than are held now.
     */
    public Edited edit(long eventId, EventPlan.Draft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        var repeat = draft.repeatWeekly();
        if (repeat != null && (repeat.count() != null || repeat.until() != null && !repeat.until().isBlank())) {
            problems.add(new FieldProblem("repeatWeekly", "field.event.repeat.edit"));
        }
        Place place = place(draft.place(), problems);
        EventPlan plan = null;
        try {
            plan = EventPlan.of(new EventPlan.Draft(draft.place(), draft.title(), draft.description(), draft.start(),
                    draft.end(), draft.signupDeadline(), draft.capacity(), null), time.zone(), time.now());
        } catch (Refusal refusal) {
            problems.addAll(refusal.fields());
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var event = places.lock(eventId);
        if (event.isHomeworkSeat()) {
            throw Refusal.conflict("event.homework-seat");
        }
        var now = time.now();
        var previousStart = event.startsAt();
        boolean moved = !event.place().code().equals(place.code())
                || !event.startsAt().equals(plan.occurrences().get(0).start())
                || !event.endsAt().equals(plan.occurrences().get(0).end());
        int added = plan.capacity() - event.capacity();
        event.change(place, plan.title(), plan.description(), plan.occurrences().get(0), plan.capacity(), now);
        em.flush();
        int told = 0;
        if (moved) {
            var messages = settings.messages();
            for (var signup : places.signups(event, EnumSet.of(SignupStatus.CONFIRMED, SignupStatus.OFFERED,
                    SignupStatus.WAITLISTED))) {
                if (signup.verified()) {
                    outbox.cancel(signup.topic(), EnumSet.of(MessageKind.REMINDER, MessageKind.REMINDER_SOON),
                            "the event was changed");
                    outbox.enqueue(messages.moved(signup, previousStart, now));
                    told++;
                }
            }
        }
        return new Edited(event, told, offerAdded(event, added, now));
    }

    /**
     * Another number of places for an event that has not begun (a homework-help session's seats, as its series
     * changes), never fewer than are held now (refused on {@code field}); places added go to those in line first.
     * Answers how many in line were offered one.
     */
    public int reseat(long eventId, int capacity, String field) {
        var event = places.lock(eventId);
        var now = time.now();
        int added = capacity - event.capacity();
        event.reseat(capacity, now, field);
        em.flush();
        return offerAdded(event, added, now);
    }

    /** Places added to a locked event go to the first in line, each as a place given up does. */
    private int offerAdded(Event event, int added, Instant now) {
        int offered = 0;
        for (int i = 0; i < added && event.passesPlacesOn(now) && places.waitlist(event).nextInLine().isPresent();
             i++) {
            if (places.take(event) && places.release(event, now)) {
                offered++;
            }
        }
        return offered;
    }

    private Place place(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("place", "field.event.place.empty"));
            return null;
        }
        var found = plan.placeInUse(code.strip()).orElse(null);
        if (found == null) {
            problems.add(new FieldProblem("place", "field.place.unknown"));
        }
        return found;
    }

    /**
     * Sends the coordinator's words to everyone with a confirmed place (and, if asked, everyone verified in line),
     * by SMS and e-mail where given. Returns how many people it goes to.
     */
    public int announce(long eventId, String words, boolean includeWaitlist) {
        String text = words == null ? "" : words.strip();
        if (text.isEmpty()) {
            throw Refusal.invalid("text", "field.event.announcement.empty");
        }
        if (text.codePointCount(0, text.length()) > ANNOUNCEMENT_MAX) {
            throw Refusal.invalid("text", "field.event.text.long", ANNOUNCEMENT_MAX);
        }
        var event = find(eventId);
        var now = time.now();
        event.requireNotOver(now);
        var statuses = includeWaitlist ? EnumSet.of(SignupStatus.CONFIRMED, SignupStatus.OFFERED,
                SignupStatus.WAITLISTED) : EnumSet.of(SignupStatus.CONFIRMED, SignupStatus.OFFERED);
        var recipients = em.createNamedQuery(Signup.OF_EVENT, Signup.class).setParameter("event", eventId)
                .setParameter("statuses", statuses).getResultList().stream().filter(Signup::verified).toList();
        var messages = settings.messages();
        String occasion = UUID.randomUUID().toString().substring(0, 8);
        recipients.forEach(s -> outbox.enqueue(messages.announcement(s, text, occasion, now)));
        return recipients.size();
    }

    private Event find(long eventId) {
        var event = em.find(Event.class, eventId);
        if (event == null) {
            throw Refusal.notFound("event.unknown");
        }
        return event;
    }
}
