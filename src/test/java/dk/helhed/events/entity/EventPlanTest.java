package dk.helhed.events.entity;

import dk.helhed.events.entity.EventPlan.Draft;
import dk.helhed.events.entity.EventPlan.Weekly;
import dk.helhed.events.entity.EventPlan.Wording;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class EventPlanTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final Instant JANUARY = Instant.parse("2027-01-04T09:00:00Z");
    private static final Wording TITLE = new Wording("Kvindecafé", "Women's café", "");
    private static final Wording TEXT = new Wording("Vi spiser sammen.", "We eat together.", null);

    private static Draft draft(String start, String end, String deadline, Integer capacity, Weekly repeat) {
        return new Draft("ellemarken-pavillonen", TITLE, TEXT, start, end, deadline, capacity, repeat);
    }

    private static EventPlan plan(Draft draft) {
        return EventPlan.of(draft, KOEGE, JANUARY);
    }

    private static List<FieldProblem> problems(Draft draft) {
        return catchThrowableOfType(Refusal.class, () -> plan(draft)).fields();
    }

    @Test
    @DisplayName("a weekly series at 18:00 stays at 18:00 local across the spring change (2027-03-28): 17:00Z, then 16:00Z")
    void keepsWallTimeAcrossSpringChange() {
        var plan = plan(draft("2027-03-16T18:00", "2027-03-16T20:00", null, 12, new Weekly(4, null, null)));

        assertThat(plan.occurrences()).extracting(o -> o.start().toString()).containsExactly(
                "2027-03-16T17:00:00Z", "2027-03-23T17:00:00Z", "2027-03-30T16:00:00Z", "2027-04-06T16:00:00Z");
        assertThat(plan.occurrences()).allSatisfy(o -> {
            assertThat(o.start().atZone(KOEGE).toLocalTime()).hasToString("18:00");
            assertThat(o.end().atZone(KOEGE).toLocalTime()).hasToString("20:00");
            assertThat(o.signupDeadline()).as("the deadline defaults to the start").isEqualTo(o.start());
        });
    }

    @Test
    @DisplayName("... and across the autumn change (2027-10-31): 16:00Z, then 17:00Z, until a date included")
    void keepsWallTimeAcrossAutumnChange() {
        var plan = plan(draft("2027-10-24T18:00", "2027-10-24T19:30", null, 12, new Weekly(null, "2027-11-07", null)));

        assertThat(plan.occurrences()).extracting(o -> o.start().toString()).containsExactly(
                "2027-10-24T16:00:00Z", "2027-10-31T17:00:00Z", "2027-11-07T17:00:00Z");
        assertThat(plan.occurrences()).extracting(o -> o.end().atZone(KOEGE).toLocalTime().toString())
                .containsOnly("19:30");
    }

    @Test
    @DisplayName("the deadline keeps its wall-clock distance: the day before at 12:00, each week, across the change")
    void deadlineKeepsItsWallClockDistance() {
        var plan = plan(draft("2027-03-23T18:00", "2027-03-23T20:00", "2027-03-22T12:00", 10,
                new Weekly(2, null, null)));

        assertThat(plan.occurrences()).extracting(o -> o.signupDeadline().atZone(KOEGE).toLocalDateTime().toString())
                .containsExactly("2027-03-22T12:00", "2027-03-29T12:00");
    }

    @Test
    @DisplayName("2027-03-28 02:30 does not exist in Copenhagen: refused with the time named, never shifted")
    void refusesNonexistentLocalTime() {
        assertThat(problems(draft("2027-03-28T02:30", "2027-03-28T04:00", null, 10, null)))
                .extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(tuple("start", "field.event.time.nonexistent"));
        assertThat(problems(draft("2027-03-28T02:30", "2027-03-28T04:00", null, 10, null)).get(0).args())
                .containsExactly("2027-03-28 02:30");
    }

    @Test
    @DisplayName("a weekly series at 02:30 is refused for the one week that falls on the spring change")
    void refusesSeriesHittingTheSkippedHour() {
        var problems = problems(draft("2027-03-21T02:30", "2027-03-21T03:30", null, 10, new Weekly(3, null, null)));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(tuple("start", "field.event.time.nonexistent"));
        assertThat(problems.get(0).args()).containsExactly("2027-03-28 02:30");
    }

    @Test
    @DisplayName("an end or deadline in the skipped hour is refused too, on its own field")
    void refusesEndAndDeadlineInTheSkippedHour() {
        assertThat(problems(draft("2027-03-28T01:00", "2027-03-28T02:15", null, 10, null)))
                .extracting(FieldProblem::field).containsExactly("end");
        assertThat(problems(draft("2027-03-28T10:00", "2027-03-28T12:00", "2027-03-28T02:00", 10, null)))
                .extracting(FieldProblem::field).containsExactly("signupDeadline");
    }

    @Test
    @DisplayName("2027-10-31 02:30 exists twice: it means the first, still summer time (00:30Z)")
    void repeatedHourIsTheFirstOccurrence() {
        var plan = plan(draft("2027-10-31T02:30", "2027-10-31T04:00", null, 10, null));

        assertThat(plan.occurrences().get(0).start()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    }

    @Test
    @DisplayName("every problem at once: texts, capacity, times, deadline")
    void refusesEverythingAtOnce() {
        var bad = new Draft(null, new Wording(" ", null, null), new Wording("x".repeat(2001), "ok", null),
                "2027-03-23 18:00", "2027-03-23T20:00", null, 0, null);

        assertThat(problems(bad)).extracting(FieldProblem::field, FieldProblem::key).containsExactlyInAnyOrder(
                tuple("title.da", "field.event.text.empty"), tuple("title.en", "field.event.text.empty"),
                tuple("description.da", "field.event.text.long"), tuple("capacity", "field.event.capacity"),
                tuple("start", "field.event.datetime.invalid"));
        assertThat(problems(draft(null, null, null, 5, null))).extracting(FieldProblem::field)
                .containsExactly("start", "end");
    }

    @Test
    @DisplayName("the end must be after the start, the deadline not after the start, the start in the future")
    void ordersTheTimes() {
        assertThat(problems(draft("2027-03-23T18:00", "2027-03-23T18:00", null, 5, null)))
                .extracting(FieldProblem::key).containsExactly("field.event.end.before-start");
        assertThat(problems(draft("2027-03-23T18:00", "2027-03-23T20:00", "2027-03-23T18:01", 5, null)))
                .extracting(FieldProblem::key).containsExactly("field.event.deadline.after-start");
        assertThat(problems(draft("2027-01-03T18:00", "2027-01-03T20:00", null, 5, null)))
                .extracting(FieldProblem::key).containsExactly("field.event.start.past");
    }

    @Test
    @DisplayName("a series has 1 to 52 occurrences, by count or by an end date not before the start, not both")
    void boundsTheSeries() {
        String s = "2027-02-02T18:00";
        String e = "2027-02-02T20:00";
        assertThat(plan(draft(s, e, null, 5, new Weekly(52, null, null))).occurrences()).hasSize(52);
        assertThat(problems(draft(s, e, null, 5, new Weekly(53, null, null)))).extracting(FieldProblem::key)
                .containsExactly("field.event.repeat.too-many");
        assertThat(problems(draft(s, e, null, 5, new Weekly(0, null, null)))).extracting(FieldProblem::key)
                .containsExactly("field.event.repeat.count");
        assertThat(problems(draft(s, e, null, 5, new Weekly(null, "2029-01-01", null)))).extracting(FieldProblem::key)
                .containsExactly("field.event.repeat.too-many");
        assertThat(problems(draft(s, e, null, 5, new Weekly(null, "2027-02-01", null)))).extracting(FieldProblem::key)
                .containsExactly("field.event.repeat.until-before");
        assertThat(problems(draft(s, e, null, 5, new Weekly(3, "2027-03-01", null)))).extracting(FieldProblem::key)
                .containsExactly("field.event.repeat.both");
        assertThat(plan(draft(s, e, null, 5, new Weekly(null, "2027-02-08", null))).occurrences()).hasSize(1);
    }

    @Test
    @DisplayName("Arabic is optional: empty Arabic falls back to Danish")
    void arabicFallsBackToDanish() {
        var plan = plan(draft("2027-02-02T18:00", "2027-02-02T20:00", null, 5, null));

        assertThat(plan.title().in("ar")).isEqualTo("Kvindecafé");
        assertThat(plan.title().in("en")).isEqualTo("Women's café");
        assertThat(plan.description().in("ar")).isEqualTo("Vi spiser sammen.");
    }

    @Test
    @DisplayName("a weekly series skips the days the offices are closed (24 and 31 December) and says which")
    void skipsClosedDays() {
        var closed = java.util.Set.of(java.time.LocalDate.of(2027, 12, 23), java.time.LocalDate.of(2027, 12, 30));

        var plan = EventPlan.of(draft("2027-12-16T17:00", "2027-12-16T19:00", null, 12, new Weekly(4, null, null)),
                KOEGE, JANUARY, closed::contains);

        assertThat(plan.occurrences()).extracting(o -> o.start().atZone(KOEGE).toLocalDate().toString())
                .containsExactly("2027-12-16", "2028-01-06");
        assertThat(plan.skipped()).extracting(Object::toString).containsExactly("2027-12-23", "2027-12-30");
    }

    @Test
    @DisplayName("the coordinator may keep the closed days; a single event is made on the day asked for")
    void keepsClosedDaysWhenAsked() {
        java.util.function.Predicate<java.time.LocalDate> allClosed = day -> true;

        var kept = EventPlan.of(draft("2027-12-16T17:00", "2027-12-16T19:00", null, 12, new Weekly(3, null, true)),
                KOEGE, JANUARY, allClosed);
        var single = EventPlan.of(draft("2027-12-24T17:00", "2027-12-24T19:00", null, 12, null), KOEGE, JANUARY,
                allClosed);

        assertThat(kept.occurrences()).hasSize(3);
        assertThat(kept.skipped()).isEmpty();
        assertThat(single.occurrences()).hasSize(1);
    }

    @Test
    @DisplayName("a series whose every week falls on a closed day is refused, saying so")
    void refusesASeriesOfClosedDaysOnly() {
        var refusal = catchThrowableOfType(Refusal.class, () -> EventPlan.of(draft("2027-12-16T17:00",
                "2027-12-16T19:00", null, 12, new Weekly(2, null, null)), KOEGE, JANUARY, day -> true));

        assertThat(refusal.fields()).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(tuple("repeatWeekly", "field.event.repeat.all-closed"));
    }
}
