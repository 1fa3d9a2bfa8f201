package dk.helhed.homework.boundary;

import dk.helhed.events.boundary.EventAdministration;
import dk.helhed.homework.control.HomeworkWording;
import dk.helhed.homework.control.TutorMessages;
import dk.helhed.homework.entity.HomeworkSeries;
import dk.helhed.homework.entity.HomeworkSession;
import dk.helhed.homework.entity.SchoolHoliday;
import dk.helhed.homework.entity.SessionMove;
import dk.helhed.homework.entity.SessionPlan;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.people.boundary.PreferredLanguages;
import dk.helhed.plan.boundary.ClosedDays;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.plan.entity.Place;
import dk.helhed.shifts.boundary.Shifts;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coordinators make homework-help series (every session of the term, with its tutor shifts and its seats), and
 * cancel or move one session; the tutors and families are told.
 */
@ApplicationScoped
@Transactional
public class HomeworkAdministration {
    private static final String REFRESH = "eclipselink.refresh";

    @PersistenceContext
    EntityManager em;
    @Inject
    Plan plan;
    @Inject
    TimeSource time;
    @Inject
    ClosedDays closedDays;
    @Inject
    EventAdministration events;
    @Inject
    Shifts shifts;
    @Inject
    Outbox outbox;
    @Inject
    PreferredLanguages languages;

    /** A series and the sessions made for it. */
    public record Made(HomeworkSeries series, List<SessionWithShifts> sessions) {
    }

    /** A session and its tutor shifts. */
    public record SessionWithShifts(HomeworkSession session, List<Shift> shifts) {
    }

    /** The series, and every session of its term; all or nothing. */
    public Made create(SessionPlan.Draft draft) {
        var now = time.now();
        List<FieldProblem> problems = new ArrayList<>();
        Place place = place(draft.place(), problems);
        var holidays = em.createNamedQuery(SchoolHoliday.ALL, SchoolHoliday.class).getResultList();
        SessionPlan plan = null;
        try {
            plan = SessionPlan.of(draft, closedDays::isClosed, day -> holidays.stream().anyMatch(h -> h.covers(day)),
                    time.zone(), now);
        } catch (Refusal refusal) {
            problems.addAll(refusal.fields());
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var series = new HomeworkSeries(place, plan, now);
        em.persist(series);
        em.flush();
        var title = HomeworkWording.title(plan.title());
        var description = HomeworkWording.description();
        List<SessionWithShifts> sessions = new ArrayList<>();
        for (var occurrence : plan.sessions()) {
            var event = events.seats(place, title, description, occurrence.start(), occurrence.end(),
                    plan.childSeats(), series.shiftSeriesKey());
            var session = new HomeworkSession(series, occurrence, event, now);
            em.persist(session);
            List<Shift> shifts = new ArrayList<>();
            for (var need : plan.tutors().needs()) {
                var wanted = new Shifts.Wanted(ShiftKind.HOMEWORK, place, series.shiftSeriesKey(), null,
                        need.subject(), occurrence.start(), occurrence.end(), need.tutors());
                shifts.add(this.shifts.open(wanted).or(() -> this.shifts.find(wanted)).orElseThrow());
            }
            sessions.add(new SessionWithShifts(session, shifts));
        }
        em.flush();
        return new Made(series, sessions);
    }

    public List<HomeworkSeries> series() {
        return em.createNamedQuery(HomeworkSeries.ALL, HomeworkSeries.class).getResultList();
    }

    public HomeworkSeries oneSeries(long id) {
        var series = em.find(HomeworkSeries.class, id);
        if (series == null) {
            throw Refusal.notFound("homework.series.unknown");
        }
        return series;
    }

    /** A series' sessions, each with its shifts, in time order. */
    public List<SessionWithShifts> sessions(long seriesId) {
        var series = oneSeries(seriesId);
        return em.createNamedQuery(HomeworkSession.OF_SERIES, HomeworkSession.class).setParameter("series", seriesId)
                .setHint(REFRESH, true)
                .getResultList().stream().map(s -> new SessionWithShifts(s, shifts(series, s))).toList();
    }

    public SessionWithShifts session(long sessionId) {
        var session = find(sessionId, false);
        return new SessionWithShifts(session, shifts(session.series(), session));
    }

    /**
     * Cancels one session: its shifts (their tutors released and told, their reminders withdrawn) and its event
     * (the families told by the events' own cancellation).
     */
    public SessionWithShifts cancel(long sessionId) {
        var now = time.now();
        var session = find(sessionId, true);
        session.cancel(now);
        var title = session.event().title();
        var messages = new TutorMessages(time.zone());
        List<Shift> shifts = new ArrayList<>();
        for (var shift : shifts(session.series(), session)) {
            var cancelled = this.shifts.cancel(shift.id());
            for (var assignment : cancelled.released()) {
                var language = languages.of(assignment.person());
                outbox.enqueue(messages.write(TutorMessages.Kind.CANCELLED, assignment, title.in(language.tag()),
                        cancelled.shift().startsAt(), language, now));
            }
            shifts.add(cancelled.shift());
        }
        events.cancel(session.event().id());
        return new SessionWithShifts(session, shifts);
    }

    /**
     * Moves one session to another day or time: its shifts and its event move, and everyone is told. A tutor keeps
     * their place unless they hold another shift that overlaps the new time: then this place is released (they keep
     * the other) and they are told so.
     */
    public SessionWithShifts move(long sessionId, SessionMove.Draft draft) {
        var now = time.now();
        var move = SessionMove.of(draft, time.zone(), now);
        var session = find(sessionId, true);
        session.moveTo(move, now);
        var title = session.event().title();
        var messages = new TutorMessages(time.zone());
        var own = shifts(session.series(), session);
        Set<Long> ownIds = own.stream().map(Shift::id).collect(Collectors.toSet());
        List<Shift> shifts = new ArrayList<>();
        for (var shift : own) {
            var moved = this.shifts.move(shift.id(), move.start(), move.end(), ownIds);
            for (var holder : moved.holders()) {
                var assignment = holder.assignment();
                var language = languages.of(assignment.person());
                outbox.enqueue(messages.write(holder.released() ? TutorMessages.Kind.RELEASED
                                : TutorMessages.Kind.MOVED, assignment, title.in(language.tag()),
                        moved.previousStart(), language, now));
            }
            shifts.add(moved.shift());
        }
        events.move(session.event().id(), move.start(), move.end());
        return new SessionWithShifts(session, shifts);
    }

    /** The session's shifts, one per need, found by their natural keys (made of the start the rule gave). */
    private List<Shift> shifts(HomeworkSeries series, HomeworkSession session) {
        return series.tutors().needs().stream()
                .map(n -> shifts.find(new Shifts.Wanted(ShiftKind.HOMEWORK, null, series.shiftSeriesKey(), null,
                        n.subject(), session.plannedStart(), null, 0)))
                .flatMap(Optional::stream).toList();
    }

    private HomeworkSession find(long id, boolean lock) {
        var query = em.createNamedQuery(HomeworkSession.BY_ID, HomeworkSession.class).setParameter("id", id)
                .setHint(REFRESH, true);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("homework.session.unknown"));
    }

    private Place place(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("place", "field.event.place.empty"));
            return null;
        }
        var place = plan.placeInUse(code.strip()).orElse(null);
        if (place == null) {
            problems.add(new FieldProblem("place", "field.place.unknown"));
        }
        return place;
    }
}
