package dk.helhed.appointments.boundary;

import dk.helhed.appointments.control.SlotGeneration;
import dk.helhed.appointments.entity.Adviser;
import dk.helhed.appointments.entity.Availability;
import dk.helhed.appointments.entity.AvailabilityException;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.Role;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.plan.boundary.PlanClosedDays;
import dk.helhed.plan.entity.Place;
import dk.helhed.storage.DatabaseRefusals;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Coordinators set advisers' weekly hours and absences; slots follow at once (new hours make slots, an absence
 * withdraws the free slots it covers). Every problem with the request is reported at once, field by field.
 */
@ApplicationScoped
@Transactional
public class AdviserHours {
    @PersistenceContext
    EntityManager em;
    @Inject
    Plan plan;

    @Inject
    SlotGeneration slots;

    @Inject
    TimeSource time;

    @Inject
    People people;

    /** Weekly hours as a coordinator sends them; {@code day} is MONDAY..SUNDAY, times HH:mm, dates YYYY-MM-DD. */
    public record WeeklyHours(String place, String day, String from, String until, Integer slotMinutes,
                              String validFrom, String validUntil) {
    }

    /** An absence: whole days, both included; reason HOLIDAY, ILLNESS or OTHER (no details are kept). */
    public record Absence(String from, String until, String reason) {
    }

    /** A staff account with the adviser role made an adviser, in the languages they speak (ISO 639-1 codes). */
    @Schema(name = "NewAdviser")
    public record NewAdviser(String account, List<String> languages) {
    }

    /** An adviser's weekly hours as the coordinator sees them. */
    @Schema(name = "AdviserWeeklyHours")
    public record HoursView(long id, String place, String placeName, String day, String from, String until,
                            int slotMinutes, String validFrom, String validUntil) {
        static HoursView of(Availability a) {
            return new HoursView(a.id(), a.place().code(), a.place().name(), a.day().name(), a.startsAt().toString(),
                    a.endsAt().toString(), a.slotMinutes(), a.validFrom().toString(),
                    a.validUntil() == null ? null : a.validUntil().toString());
        }
    }

    @Schema(name = "AdviserAbsence")
    public record AbsenceView(long id, String from, String until, String reason) {
    }

    /** An adviser with their languages, weekly hours and absences from today. */
    @Schema(name = "AdviserOverview")
    public record Overview(long id, String name, String email, List<String> languages, List<HoursView> hours,
                           List<AbsenceView> absences) {
    }

    /** A staff member with the adviser role who is not an adviser yet: their account's e-mail and name. */
    public record Candidate(String account, String name) {
    }

    /** A closed day of the plan's added or removed: free slots on it are withdrawn, or offered again, at once. */
    void closedDaysChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanClosedDays.Changed changed) {
        slots.extend();
    }

    /** A place retired: its free slots are withdrawn at once (booked ones keep their appointments). */
    void placeRetired(@Observes(during = TransactionPhase.AFTER_SUCCESS) Plan.Retired retired) {
        slots.extend();
    }

    /** Whether any adviser has weekly hours that have not ended: then residents have something to book. */
    public boolean offersHours() {
        LocalDate today = time.now().atZone(time.zone()).toLocalDate();
        return !em.createQuery("select a.id from Availability a where a.validUntil is null or a.validUntil >= :today",
                Long.class).setParameter("today", today).setMaxResults(1).getResultList().isEmpty();
    }

    /** Every adviser, by name, with their languages, weekly hours and absences not yet over. */
    public List<Overview> overview() {
        LocalDate today = time.now().atZone(time.zone()).toLocalDate();
        var hoursOf = em.createQuery("select a from Availability a join fetch a.place order by a.dayOfWeek, a.startsAt",
                Availability.class).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.adviser().id()));
        // every adviser's coming absences in one statement, not one per adviser
        var absencesOf = em.createQuery("select e from AvailabilityException e where e.untilDay >= :first "
                        + "order by e.fromDay, e.id", AvailabilityException.class).setParameter("first", today)
                .getResultList().stream().collect(Collectors.groupingBy(e -> e.adviser().id()));
        return advisers().stream().map(a -> new Overview(a.id(), a.person().name(), a.person().email(),
                a.languages().stream().map(SpokenLanguage::code).toList(),
                hoursOf.getOrDefault(a.id(), List.of()).stream().map(HoursView::of).toList(),
                absencesOf.getOrDefault(a.id(), List.of()).stream()
                        .map(e -> new AbsenceView(e.id(), e.fromDay().toString(), e.untilDay().toString(),
                                e.reason().name())).toList())).toList();
    }

    /** Staff with the adviser role (active accounts) who are not advisers yet. */
    public List<Candidate> candidates() {
        var advisers = advisers().stream().map(a -> a.person().id()).collect(Collectors.toSet());
        return people.withRole(Role.ADVISER, null).stream().filter(p -> !advisers.contains(p.id()))
                .filter(p -> p.email() != null).sorted(Comparator.comparing(Person::name))
                .map(p -> new Candidate(p.email(), p.name())).toList();
    }

    /**
     * Makes a staff member with the adviser role an adviser, in the languages they speak: refused on "account" for
     * anyone else or an adviser already, on "languages" for none or an unknown code. Answers the adviser's id.
     */
    public long makeAdviser(NewAdviser request) {
        var r = request == null ? new NewAdviser(null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        String account = r.account() == null ? "" : r.account().strip();
        var person = candidates().stream().filter(c -> c.account().equalsIgnoreCase(account)).findFirst()
                .flatMap(c -> people.signedIn(c.account()));
        if (person.isEmpty()) {
            problems.add(new FieldProblem("account", "field.adviser.account"));
        }
        var spoken = languages(r.languages(), problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return addAdviser(person.get(), spoken);
    }

    /** The languages an adviser speaks, changed: at least one known ISO 639-1 code. */
    public void speaks(long adviserId, List<String> codes) {
        var adviser = adviser(adviserId);
        List<FieldProblem> problems = new ArrayList<>();
        var spoken = languages(codes, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        adviser.speak(spoken);
    }

    private static List<SpokenLanguage> languages(List<String> codes, List<FieldProblem> problems) {
        List<SpokenLanguage> spoken = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            SpokenLanguage.of(code).ifPresentOrElse(spoken::add,
                    () -> problems.add(new FieldProblem("languages", "field.spoken-language.invalid")));
        }
        if (spoken.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("languages"))) {
            problems.add(new FieldProblem("languages", "field.adviser.languages"));
        }
        return spoken;
    }

    /** A person who gives advice, in the languages they speak: answers the adviser's id. */
    public long addAdviser(Person person, List<SpokenLanguage> languages) {
        var adviser = new Adviser(person, languages);
        DatabaseRefusals.insert(em, adviser, () -> Refusal.invalid("account", "field.adviser.account"));
        return adviser.id();
    }

    public List<Adviser> advisers() {
        return em.createQuery("select a from Adviser a join fetch a.person order by a.person.name", Adviser.class)
                .getResultList();
    }

    public Availability addWeeklyHours(long adviserId, WeeklyHours hours) {
        var adviser = adviser(adviserId);
        List<FieldProblem> problems = new ArrayList<>();
        Place place = plan.placeInUse(hours.place()).orElse(null);
        if (place == null) {
            problems.add(new FieldProblem("place", "field.place.unknown"));
        }
        DayOfWeek day = parse(problems, "day", hours.day(), d -> DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT)),
                "field.day.invalid");
        LocalTime from = parse(problems, "from", hours.from(), LocalTime::parse, "field.time.invalid");
        LocalTime until = parse(problems, "until", hours.until(), LocalTime::parse, "field.time.invalid");
        if (from != null && until != null && !until.isAfter(from)) {
            problems.add(new FieldProblem("until", "field.range.reversed"));
        }
        int minutes = hours.slotMinutes() == null ? 45 : hours.slotMinutes();
        if (minutes < 10 || minutes > 240) {
            problems.add(new FieldProblem("slotMinutes", "field.slot-minutes.invalid", 10, 240));
        }
        LocalDate today = time.now().atZone(time.zone()).toLocalDate();
        LocalDate validFrom = hours.validFrom() == null ? today
                : parse(problems, "validFrom", hours.validFrom(), LocalDate::parse, "field.date.invalid");
        LocalDate validUntil = hours.validUntil() == null ? null
                : parse(problems, "validUntil", hours.validUntil(), LocalDate::parse, "field.date.invalid");
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            problems.add(new FieldProblem("validUntil", "field.range.reversed"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var availability = new Availability(adviser, place, day, from, until, Duration.ofMinutes(minutes), validFrom,
                validUntil);
        em.persist(availability);
        em.flush();
        slots.extend();
        return availability;
    }

    public AvailabilityException addAbsence(long adviserId, Absence absence) {
        var adviser = adviser(adviserId);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = parse(problems, "from", absence.from(), LocalDate::parse, "field.date.invalid");
        LocalDate until = parse(problems, "until", absence.until(), LocalDate::parse, "field.date.invalid");
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(new FieldProblem("until", "field.range.reversed"));
        }
        var reason = parse(problems, "reason", absence.reason(),
                r -> AvailabilityException.Reason.valueOf(r.strip().toUpperCase(Locale.ROOT)), "field.reason.invalid");
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var exception = AvailabilityException.days(adviser, from, until, reason);
        em.persist(exception);
        em.flush();
        slots.extend();
        return exception;
    }

    /**
     * The adviser's weekly hours end: yesterday was their last day (hours not begun yet are removed). Their free
     * times from now on are withdrawn at once; booked appointments stand, and the answer says how many, for the
     * coordinator to move or cancel.
     */
    public int endWeeklyHours(long adviserId, long hoursId) {
        var adviser = adviser(adviserId);
        var hours = Optional.ofNullable(em.find(Availability.class, hoursId, LockModeType.PESSIMISTIC_WRITE))
                .filter(a -> a.adviser().id().equals(adviser.id()))
                .orElseThrow(() -> Refusal.notFound("adviser.hours.not-found"));
        var now = time.now();
        LocalDate today = now.atZone(time.zone()).toLocalDate();
        var coming = hours.slots(today, today.plusYears(1), time.zone()).stream()
                .filter(w -> w.start().isAfter(now)).toList();
        if (hours.validFrom().isAfter(today.minusDays(1))) {
            em.remove(hours);
        } else {
            hours.end(today.minusDays(1));
        }
        em.flush();
        return slots.withdraw(adviser, hours.place(), coming);
    }

    /** An absence entered wrongly or called off: removed, and the adviser's times in it offered again. */
    public void removeAbsence(long adviserId, long absenceId) {
        var adviser = adviser(adviserId);
        var absence = Optional.ofNullable(em.find(AvailabilityException.class, absenceId))
                .filter(a -> a.adviser().id().equals(adviser.id()))
                .orElseThrow(() -> Refusal.notFound("adviser.absence.not-found"));
        em.remove(absence);
        em.flush();
        slots.extend();
    }

    private Adviser adviser(long id) {
        return Optional.ofNullable(em.find(Adviser.class, id)).orElseThrow(() -> Refusal.notFound("adviser.not-found"));
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(List<FieldProblem> problems, String field, String text, Parser<T> parser, String key) {
        try {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("empty");
            }
            return parser.parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new FieldProblem(field, key));
            return null;
        }
    }
}
