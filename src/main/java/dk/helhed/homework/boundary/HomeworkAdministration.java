package dk.helhed.homework.boundary;

import dk.helhed.events.boundary.EventAdministration;
import dk.helhed.homework.control.HomeworkWording;
import dk.helhed.homework.control.TutorMessages;
import dk.helhed.homework.entity.HomeworkSeries;
import dk.helhed.homework.entity.HomeworkSession;
import dk.helhed.homework.entity.SchoolHoliday;
import dk.helhed.homework.entity.SessionMove;
import dk.helhed.homework.entity.SessionPlan;
import dk.helhed.homework.entity.SessionStatus;
import dk.helhed.homework.entity.TutorNeeds;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.people.boundary.PreferredLanguages;
import dk.helhed.people.entity.Subject;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
            if (shift.cancelled()) {
                continue;
            }
            var cancelled = this.shifts.cancel(shift.id());
            for (var assignment : cancelled.released()) {
                var language = languages.of(assignment.person());
                outbox.enqueue(messages.write(TutorMessages.Kind.CANCELLED, assignment, title.in(language).text(),
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
                                : TutorMessages.Kind.MOVED, assignment, title.in(language).text(),
                        moved.previousStart(), language, now));
            }
            shifts.add(moved.shift());
        }
        events.move(session.event().id(), move.start(), move.end());
        return new SessionWithShifts(session, shifts);
    }

    /** What changes in a series from now on: the tutors each session needs and the children's seats. */
    @Schema(name = "HomeworkSeriesChange")
    public record Change(SessionPlan.Tutors tutors, Integer childSeats) {
    }

    /** A changed series and how many of its coming sessions were changed with it. */
    public record Changed(HomeworkSeries series, int sessions) {
    }

    /**
     * Changes a series from now on: each coming session gets the children's seats (never fewer than are taken; places
     * added go to those in line first) and the tutors asked for. A subject no longer needed has its shifts withdrawn
     * (their tutors told), a count lowered below those who hold a shift is refused (409), a new subject gets its
     * shifts. All or nothing.
     */
    public Changed change(long seriesId, Change change) {
        List<FieldProblem> problems = new ArrayList<>();
        var tutors = SessionPlan.tutors(change.tutors(), problems);
        var seats = SessionPlan.seats(change.childSeats(), problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var series = em.find(HomeworkSeries.class, seriesId, LockModeType.PESSIMISTIC_WRITE);
        if (series == null) {
            throw Refusal.notFound("homework.series.unknown");
        }
        var before = series.tutors();
        series.staff(tutors, seats);
        Set<Subject> subjects = new LinkedHashSet<>();
        before.needs().forEach(n -> subjects.add(n.subject()));
        tutors.needs().forEach(n -> subjects.add(n.subject()));
        int changed = 0;
        for (var s : sessions(seriesId)) {
            if (!changeable(s.session())) {
                continue;
            }
            // the session, then its shifts, then its seats: in the order a session's cancel or move takes them
            var session = find(s.session().id(), true);
            for (Subject subject : subjects) {
                int wanted = tutors.needs().stream().filter(n -> Objects.equals(n.subject(), subject))
                        .mapToInt(TutorNeeds.Need::tutors).findFirst().orElse(0);
                var key = new Shifts.Wanted(ShiftKind.HOMEWORK, series.place(), series.shiftSeriesKey(), null, subject,
                        session.plannedStart(), session.plannedStart().plus(Duration.between(session.startsAt(),
                        session.endsAt())), wanted);
                var shift = shifts.find(key);
                if (shift.isPresent() && shift.get().cancelled()) {
                    if (wanted > 0) {
                        shifts.reopen(shift.get().id(), wanted);
                    }
                } else if (shift.isPresent() && wanted == 0) {
                    shifts.withdraw(shift.get().id());
                } else if (shift.isPresent() && shift.get().needed() != wanted) {
                    shifts.resize(shift.get().id(), wanted);
                } else if (shift.isEmpty() && wanted > 0) {
                    var made = shifts.open(key).orElseThrow();
                    if (session.moved()) {
                        em.flush();
                        shifts.move(made.id(), session.startsAt(), session.endsAt(), Set.of());
                    }
                }
            }
            events.reseat(session.event().id(), seats, "childSeats");
            changed++;
        }
        return new Changed(series, changed);
    }

    /** A series ended early, and how many of its sessions were cancelled for it. */
    public record Ended(HomeworkSeries series, int cancelled) {
    }

    /**
     * Ends a series early: the last day (YYYY-MM-DD, within its term) is its last, and each session after it is
     * cancelled as {@link #cancel} does (tutors and families told). All or nothing.
     */
    public Ended endAfter(long seriesId, String lastDay) {
        var series = em.find(HomeworkSeries.class, seriesId, LockModeType.PESSIMISTIC_WRITE);
        if (series == null) {
            throw Refusal.notFound("homework.series.unknown");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(lastDay == null ? "" : lastDay.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("lastDay", "field.date.invalid");
        }
        series.endAfter(day);
        var zone = time.zone();
        int cancelled = 0;
        for (var s : sessions(seriesId)) {
            if (changeable(s.session()) && s.session().startsAt().atZone(zone).toLocalDate().isAfter(day)) {
                cancel(s.session().id());
                cancelled++;
            }
        }
        return new Ended(series, cancelled);
    }

    /**
     * Cancels each coming session of a series that nobody took: no tutor on any of its shifts and no child signed
     * up. Nobody is told, as there is nobody to tell. Answers how many.
     */
    public int removeUntaken(long seriesId) {
        int removed = 0;
        for (var s : sessions(seriesId)) {
            var session = s.session();
            if (changeable(session) && s.shifts().stream().allMatch(shift -> shift.taken() == 0)
                    && session.event().placesLeft() == session.event().capacity()) {
                cancel(session.id());
                removed++;
            }
        }
        return removed;
    }

    private boolean changeable(HomeworkSession session) {
        return session.status() == SessionStatus.SCHEDULED && session.startsAt().isAfter(time.now());
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
