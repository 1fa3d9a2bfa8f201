package dk.helhed.homework.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.boundary.ClosedDays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SessionPlanTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");
    private static final ClosedDays CLOSED = new ClosedDays(ClosedDays.DEFAULT_EXTRA_DAYS);
    private static final Predicate<LocalDate> NO_SCHOOL_HOLIDAY = day -> false;
    private static final SessionPlan.Tutors ONE_OF_EACH = new SessionPlan.Tutors(1, 1, 1, null);

    private static SessionPlan.Draft draft(List<String> weekdays, String start, String end, String first,
                                           String last) {
        return new SessionPlan.Draft("ellemarken", null, weekdays, start, end, first, last, ONE_OF_EACH, 8);
    }

    private static SessionPlan plan(SessionPlan.Draft draft) {
        return SessionPlan.of(draft, CLOSED::isClosed, NO_SCHOOL_HOLIDAY, KOEGE, NOW);
    }

    private static List<Refusal.FieldProblem> problems(SessionPlan.Draft draft) {
        try {
            plan(draft);
        } catch (Refusal refusal) {
            return refusal.fields();
        }
        throw new AssertionError("not refused");
    }

    @Test
    @DisplayName("weekly on Tuesdays and Thursdays: every such day of the term, at 15:00-17:00 local, as an RRULE")
    void weeklyOnTwoWeekdays() {
        var plan = plan(draft(List.of("TU", "thursday"), "15:00", "17:00", "2026-11-09", "2026-11-22"));

        assertThat(plan.rrule()).isEqualTo("FREQ=WEEKLY;UNTIL=20261122;BYDAY=TU,TH");
        assertThat(plan.title()).isEqualTo("Lektiehjælp – Studieplaneten");
        assertThat(plan.sessions()).extracting(SessionPlan.Occurrence::day).containsExactly(
                LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-12"), LocalDate.parse("2026-11-17"),
                LocalDate.parse("2026-11-19"));
        assertThat(plan.sessions()).allSatisfy(s -> {
            assertThat(s.start().atZone(KOEGE).toLocalTime()).isEqualTo(LocalTime.of(15, 0));
            assertThat(s.end().atZone(KOEGE).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        });
        assertThat(plan.sessions().get(0).start()).isEqualTo(Instant.parse("2026-11-10T14:00:00Z"));
    }

    @Test
    @DisplayName("public holidays are skipped: 2. påskedag, Kristi himmelfartsdag and 2. pinsedag 2027")
    void publicHolidaysSkipped() {
        var plan = plan(draft(List.of("MO", "TH"), "15:00", "17:00", "2027-03-22", "2027-05-20"));
        var days = plan.sessions().stream().map(SessionPlan.Occurrence::day).toList();

        assertThat(days).doesNotContain(LocalDate.parse("2027-03-25"), LocalDate.parse("2027-03-29"),
                LocalDate.parse("2027-05-06"), LocalDate.parse("2027-05-17"));
        assertThat(days).contains(LocalDate.parse("2027-03-22"), LocalDate.parse("2027-04-01"),
                LocalDate.parse("2027-05-03"), LocalDate.parse("2027-05-13"));
        assertThat(days).allSatisfy(d -> assertThat(d.getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
    }

    @Test
    @DisplayName("school holidays are skipped, both ends included")
    void schoolHolidaysSkipped() {
        var winter = new SchoolHoliday("Vinterferie", LocalDate.parse("2027-02-13"), LocalDate.parse("2027-02-21"),
                NOW);
        var plan = SessionPlan.of(draft(List.of("TU", "TH"), "15:00", "17:00", "2027-02-08", "2027-02-26"),
                CLOSED::isClosed, winter::covers, KOEGE, NOW);

        assertThat(plan.sessions()).extracting(SessionPlan.Occurrence::day).containsExactly(
                LocalDate.parse("2027-02-09"), LocalDate.parse("2027-02-11"), LocalDate.parse("2027-02-23"),
                LocalDate.parse("2027-02-25"));
    }

    @Test
    @DisplayName("15:00 stays 15:00 local across 2027-03-28 (summer time) and 2027-10-31 (winter time)")
    void keepsWallClockAcrossDaylightSaving() {
        // Easter 2027 is 25-29 March (closed); the Tuesdays and Wednesdays around the change are not
        var spring = plan(draft(List.of("TU", "WE"), "15:00", "17:00", "2027-03-23", "2027-03-31"));
        assertThat(spring.sessions()).extracting(SessionPlan.Occurrence::day, SessionPlan.Occurrence::start)
                .containsExactly(
                        tuple(LocalDate.parse("2027-03-23"), Instant.parse("2027-03-23T14:00:00Z")),
                        tuple(LocalDate.parse("2027-03-24"), Instant.parse("2027-03-24T14:00:00Z")),
                        tuple(LocalDate.parse("2027-03-30"), Instant.parse("2027-03-30T13:00:00Z")),
                        tuple(LocalDate.parse("2027-03-31"), Instant.parse("2027-03-31T13:00:00Z")));

        var autumn = plan(draft(List.of("TH", "TU"), "15:00", "17:00", "2027-10-28", "2027-11-02"));
        assertThat(autumn.sessions()).extracting(SessionPlan.Occurrence::start).containsExactly(
                Instant.parse("2027-10-28T13:00:00Z"), Instant.parse("2027-11-02T14:00:00Z"));
        assertThat(autumn.sessions()).allSatisfy(s ->
                assertThat(s.start().atZone(KOEGE).toLocalTime()).isEqualTo(LocalTime.of(15, 0)));
    }

    @Test
    @DisplayName("a local time the clocks skip (Sunday 2027-03-28 02:30) is refused, naming it")
    void nonexistentLocalTimeRefused() {
        // 2027-03-28 is Easter Sunday, a closed day; count it open here to reach its skipped hour
        var sundays = draft(List.of("SU"), "02:30", "03:30", "2027-03-21", "2027-04-04");
        assertThatThrownBy(() -> SessionPlan.of(sundays, day -> false, NO_SCHOOL_HOLIDAY, KOEGE, NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("start");
                    assertThat(p.key()).isEqualTo("field.event.time.nonexistent");
                    assertThat(p.args()).containsExactly("2027-03-28 02:30");
                }));
    }

    @Test
    @DisplayName("tutors per subject and for any subject: one need each, subject-less last")
    void perSubjectNeeds() {
        var plan = SessionPlan.of(new SessionPlan.Draft("ellemarken", "Studieplaneten", List.of("TU"), "15:00",
                        "17:00", "2026-11-09", "2026-11-22", new SessionPlan.Tutors(1, 2, null, 1), 8),
                CLOSED::isClosed, NO_SCHOOL_HOLIDAY, KOEGE, NOW);

        assertThat(plan.tutors().needs()).extracting(TutorNeeds.Need::subject, TutorNeeds.Need::tutors)
                .containsExactly(tuple(Subject.MATHS, 2), tuple(Subject.ENGLISH, 1), tuple(null, 1));
        assertThat(plan.tutors().total()).isEqualTo(4);
        assertThat(plan.title()).isEqualTo("Studieplaneten");
    }

    @Test
    @DisplayName("bad input is refused field by field, all at once")
    void badInputRefusedPerField() {
        var bad = new SessionPlan.Draft("ellemarken", null, List.of("XX"), "25:00", "16:00", "2026-10-01",
                "soon", new SessionPlan.Tutors(0, -1, null, null), 0);
        assertThat(problems(bad)).extracting(Refusal.FieldProblem::field, Refusal.FieldProblem::key)
                .containsExactlyInAnyOrder(
                        tuple("weekdays", "field.homework.weekdays.invalid"),
                        tuple("start", "field.homework.time.invalid"),
                        tuple("termFirst", "field.homework.term.past"),
                        tuple("termLast", "field.date.invalid"),
                        tuple("tutors.maths", "field.homework.tutors.count"),
                        tuple("childSeats", "field.homework.seats"));
    }

    @Test
    @DisplayName("a term longer than 45 weeks, no tutors, end before start, no weekday: refused")
    void limits() {
        var bad = new SessionPlan.Draft("ellemarken", null, List.of(), "17:00", "15:00", "2026-11-02",
                "2027-09-30", new SessionPlan.Tutors(0, 0, 0, 0), 8);
        assertThat(problems(bad)).extracting(Refusal.FieldProblem::field, Refusal.FieldProblem::key)
                .containsExactlyInAnyOrder(
                        tuple("weekdays", "field.homework.weekdays.empty"),
                        tuple("end", "field.homework.end.before-start"),
                        tuple("termLast", "field.homework.term.too-long"),
                        tuple("tutors", "field.homework.tutors.none"));
    }

    @Test
    @DisplayName("a term of only holidays has no sessions and says so")
    void noSessions() {
        assertThat(problems(draft(List.of("FR"), "15:00", "17:00", "2026-12-24", "2026-12-26")))
                .extracting(Refusal.FieldProblem::key).containsExactly("field.homework.no-sessions");
    }

    @Test
    @DisplayName("a session moved to a skipped hour, or into the past, is refused")
    void moveChecks() {
        assertThatThrownBy(() -> SessionMove.of(new SessionMove.Draft("2027-03-28", "02:15", "04:00"), KOEGE, NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields())
                        .extracting(Refusal.FieldProblem::key).containsExactly("field.event.time.nonexistent"));
        assertThatThrownBy(() -> SessionMove.of(new SessionMove.Draft("2026-10-30", "15:00", "17:00"), KOEGE, NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields())
                        .extracting(Refusal.FieldProblem::key).containsExactly("field.homework.start.past"));
        var moved = SessionMove.of(new SessionMove.Draft("2027-10-31", "15:30", "17:30"), KOEGE, NOW);
        assertThat(moved.start()).isEqualTo(Instant.parse("2027-10-31T14:30:00Z"));
    }
}
