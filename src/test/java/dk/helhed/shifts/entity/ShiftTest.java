package dk.helhed.shifts.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ShiftTest {
    private static final SocialPlan PLAN = new SocialPlan("koege", "Boligsocial helhedsplan Køge");
    private static final Place PAVILION = new Place(PLAN, "pavillonen", "Pavillonen", "Ellemarken, 4600 Køge");
    private static final Organisation JOBCENTRE = new Organisation(PLAN, "jobcenter", "Jobcenter Køge");
    private static final Organisation SSP = new Organisation(PLAN, "ssp", "SSP Køge");
    private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");
    private static final Instant START = Instant.parse("2027-01-05T13:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));

    @Test
    void staffOfTheOrganisationMayTakeItsBlock() {
        var block = Shift.pavilion(PAVILION, "pavilion:1", JOBCENTRE, START, END, 1, NOW);
        block.requireTakeableBy(new Person("Jonas", null, "jonas@example.dk", JOBCENTRE), NOW);
    }

    @Test
    void staffOfAnotherOrganisationMayNot() {
        var block = Shift.pavilion(PAVILION, "pavilion:1", JOBCENTRE, START, END, 1, NOW);
        var refusal = catchThrowableOfType(
                () -> block.requireTakeableBy(new Person("Sara", null, "sara@example.dk", SSP), NOW), Refusal.class);
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal.key()).isEqualTo("shift.other-organisation");
        var volunteer = new Person("Ali", null, "ali@example.dk", null);
        assertThatThrownBy(() -> block.requireTakeableBy(volunteer, NOW)).isInstanceOf(Refusal.class);
    }

    @Test
    void anyoneMayTakeAHomeworkShiftUntilItBegins() {
        var session = Shift.homework(PAVILION, "homework:1", Subject.MATHS, START, END, 2, NOW);
        var volunteer = new Person("Ali", null, "ali@example.dk", null);
        session.requireTakeableBy(volunteer, NOW);
        var refusal = catchThrowableOfType(() -> session.requireTakeableBy(volunteer, START), Refusal.class);
        assertThat(refusal.key()).isEqualTo("shift.begun");
    }

    @Test
    void aCancelledShiftTakesNobody() {
        var session = Shift.homework(PAVILION, "homework:1", null, START, END, 2, NOW);
        session.cancel(NOW);
        var refusal = catchThrowableOfType(
                () -> session.requireTakeableBy(new Person("Ali", null, null, null), NOW), Refusal.class);
        assertThat(refusal.key()).isEqualTo("shift.cancelled");
        assertThat(session.isGap()).isFalse();
    }

    @Test
    void overlapIsStrict() {
        var session = Shift.homework(PAVILION, "homework:1", null, START, END, 2, NOW);
        assertThat(session.overlaps(END, END.plusSeconds(3600))).isFalse();
        assertThat(session.overlaps(START.minusSeconds(3600), START)).isFalse();
        assertThat(session.overlaps(END.minusSeconds(60), END.plusSeconds(3600))).isTrue();
        assertThat(session.overlaps(START.plusSeconds(60), START.plusSeconds(120))).isTrue();
    }

    @Test
    void naturalKeyNamesSeriesStartOrganisationAndSubject() {
        var block = Shift.pavilion(PAVILION, "pavilion:1", JOBCENTRE, START, END, 1, NOW);
        var session = Shift.homework(PAVILION, "homework:1", Subject.DANISH, START, END, 1, NOW);
        assertThat(block.naturalKey()).isEqualTo("pavilion:1|2027-01-05T13:00:00Z|jobcenter|");
        assertThat(session.naturalKey()).isEqualTo("homework:1|2027-01-05T13:00:00Z||DANISH");
    }

    @Test
    void aMovedShiftKeepsItsKey() {
        var session = Shift.homework(PAVILION, "homework:1", null, START, END, 1, NOW);
        var key = session.naturalKey();
        session.moveTo(START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(1)), NOW);
        assertThat(session.startsAt()).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(session.naturalKey()).isEqualTo(key);
        var refusal = catchThrowableOfType(() -> session.moveTo(START, START, NOW), Refusal.class);
        assertThat(refusal.fields()).extracting(Refusal.FieldProblem::key)
                .containsExactly("field.shift.end.before-start");
    }

    @Test
    void aPlaceIsGivenUpOnlyBeforeTheCutOff() {
        var session = Shift.homework(PAVILION, "homework:1", null, START, END, 1, NOW);
        var assignment = new ShiftAssignment(session, new Person("Ali", null, null, null), NOW);
        var refusal = catchThrowableOfType(
                () -> assignment.giveUp(START.minus(Duration.ofHours(23)), Duration.ofHours(24)), Refusal.class);
        assertThat(refusal.key()).isEqualTo("shift.too-late-to-cancel");
        assertThat(refusal.args()).containsExactly(24L);
        assignment.giveUp(START.minus(Duration.ofHours(24)), Duration.ofHours(24));
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.RELEASED);
        assertThatThrownBy(() -> assignment.giveUp(NOW, Duration.ZERO)).isInstanceOf(Refusal.class);
    }

    @Test
    void subjectsParse() {
        assertThat(Subject.parse(" maths ")).contains(Subject.MATHS);
        assertThat(Subject.parse("")).isEmpty();
        assertThat(Subject.parse("history")).isEmpty();
    }

    @Test
    @DisplayName("the same slot each week: series, place, subject, weekday and local time alike, across DST")
    void sameSlotEachWeek() {
        var zone = java.time.ZoneId.of("Europe/Copenhagen");
        var tuesday = Instant.parse("2027-03-23T14:00:00Z"); // 15:00 in Køge, winter time
        var nextTuesday = Instant.parse("2027-03-30T13:00:00Z"); // 15:00 in Køge, summer time
        var shift = Shift.homework(PAVILION, "homework:1", Subject.DANISH, tuesday, tuesday.plusSeconds(7200), 1, NOW);
        var elsewhere = new Place(PLAN, "soeparken", "Søparken", null);

        assertThat(shift.sameSlotEachWeek(Shift.homework(PAVILION, "homework:1", Subject.DANISH, nextTuesday,
                nextTuesday.plusSeconds(7200), 1, NOW), zone)).isTrue();
        assertThat(shift.sameSlotEachWeek(Shift.homework(PAVILION, "homework:1", Subject.DANISH,
                nextTuesday.plus(Duration.ofDays(2)), nextTuesday.plus(Duration.ofDays(2)).plusSeconds(7200), 1, NOW),
                zone)).as("a Thursday").isFalse();
        assertThat(shift.sameSlotEachWeek(Shift.homework(PAVILION, "homework:1", Subject.MATHS, nextTuesday,
                nextTuesday.plusSeconds(7200), 1, NOW), zone)).as("another subject").isFalse();
        assertThat(shift.sameSlotEachWeek(Shift.homework(elsewhere, "homework:1", Subject.DANISH, nextTuesday,
                nextTuesday.plusSeconds(7200), 1, NOW), zone)).as("another place").isFalse();
        assertThat(shift.sameSlotEachWeek(Shift.homework(PAVILION, "homework:1", Subject.DANISH,
                nextTuesday.plusSeconds(3600), nextTuesday.plusSeconds(10800), 1, NOW), zone))
                .as("another hour").isFalse();
        assertThat(shift.sameSlotEachWeek(Shift.homework(PAVILION, "homework:2", Subject.DANISH, nextTuesday,
                nextTuesday.plusSeconds(7200), 1, NOW), zone)).as("another series").isFalse();
    }
}
