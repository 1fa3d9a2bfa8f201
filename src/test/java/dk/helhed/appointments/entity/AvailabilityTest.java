package dk.helhed.appointments.entity;

import dk.helhed.time.TimeWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static dk.helhed.appointments.entity.KoegePlan.ZONE;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AvailabilityTest {
    private static final LocalDate NEW_YEAR_2027 = LocalDate.of(2027, 1, 1);

    private static Availability weekly(DayOfWeek day, String opens, String closes, int slotMinutes,
                                       LocalDate validFrom, LocalDate validUntil) {
        return new Availability(KoegePlan.adviser(), KoegePlan.pavilion(), day, LocalTime.parse(opens),
                LocalTime.parse(closes), Duration.ofMinutes(slotMinutes), validFrom, validUntil);
    }

    private static Availability sundayMornings() {
        return weekly(SUNDAY, "10:00", "12:00", 45, NEW_YEAR_2027, null);
    }

    private static List<Instant> starts(List<TimeWindow> slots) {
        return slots.stream().map(TimeWindow::start).toList();
    }

    private static List<LocalDateTime> localStarts(List<TimeWindow> slots) {
        return slots.stream().map(w -> LocalDateTime.ofInstant(w.start(), ZONE)).toList();
    }

    @Test
    @DisplayName("10:00-12:00 in 45-minute slots gives 10:00 and 10:45; 11:30 would run past closing")
    void cutsHoursIntoWholeSlots() {
        var slots = sundayMornings().slots(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 21), ZONE);

        assertThat(slots).containsExactly(
                new TimeWindow(Instant.parse("2027-03-21T09:00:00Z"), Instant.parse("2027-03-21T09:45:00Z")),
                new TimeWindow(Instant.parse("2027-03-21T09:45:00Z"), Instant.parse("2027-03-21T10:30:00Z")));
    }

    @Test
    @DisplayName("a last slot that ends exactly at closing time is kept")
    void lastSlotMayEndAtClosing() {
        var slots = weekly(SUNDAY, "10:00", "12:00", 60, NEW_YEAR_2027, null)
                .slots(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 3, 21), ZONE);

        assertThat(localStarts(slots)).containsExactly(
                LocalDateTime.of(2027, 3, 21, 10, 0), LocalDateTime.of(2027, 3, 21, 11, 0));
        assertThat(slots.get(1).end()).isEqualTo(Instant.parse("2027-03-21T11:00:00Z"));
    }

    @Test
    @DisplayName("slots keep 10:00 local across the spring change: 09:00Z before, 08:00Z from 2027-03-28")
    void keepsWallTimeAcrossSpringForward() {
        var slots = sundayMornings().slots(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 4, 4), ZONE);

        assertThat(starts(slots)).containsExactly(
                Instant.parse("2027-03-21T09:00:00Z"), Instant.parse("2027-03-21T09:45:00Z"),
                Instant.parse("2027-03-28T08:00:00Z"), Instant.parse("2027-03-28T08:45:00Z"),
                Instant.parse("2027-04-04T08:00:00Z"), Instant.parse("2027-04-04T08:45:00Z"));
        assertThat(slots).allSatisfy(w -> assertThat(w.length()).isEqualTo(Duration.ofMinutes(45)));
    }

    @Test
    @DisplayName("slots keep 10:00 local across the autumn change: 08:00Z before, 09:00Z from 2027-10-31")
    void keepsWallTimeAcrossFallBack() {
        var slots = sundayMornings().slots(LocalDate.of(2027, 10, 24), LocalDate.of(2027, 11, 7), ZONE);

        assertThat(starts(slots)).containsExactly(
                Instant.parse("2027-10-24T08:00:00Z"), Instant.parse("2027-10-24T08:45:00Z"),
                Instant.parse("2027-10-31T09:00:00Z"), Instant.parse("2027-10-31T09:45:00Z"),
                Instant.parse("2027-11-07T09:00:00Z"), Instant.parse("2027-11-07T09:45:00Z"));
    }

    @Test
    @DisplayName("on 2027-03-28, slots starting in the skipped hour (02:00, 02:30) are left out")
    void skipsSlotsInTheMissingHour() {
        var slots = weekly(SUNDAY, "02:00", "04:00", 30, NEW_YEAR_2027, null)
                .slots(LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 28), ZONE);

        assertThat(slots).containsExactly(
                new TimeWindow(Instant.parse("2027-03-28T01:00:00Z"), Instant.parse("2027-03-28T01:30:00Z")),
                new TimeWindow(Instant.parse("2027-03-28T01:30:00Z"), Instant.parse("2027-03-28T02:00:00Z")));
    }

    @Test
    @DisplayName("on 2027-10-31, slots in the repeated hour start at its first occurrence (summer time)")
    void repeatedHourSlotsUseFirstOccurrence() {
        var slots = weekly(SUNDAY, "02:00", "04:00", 30, NEW_YEAR_2027, null)
                .slots(LocalDate.of(2027, 10, 31), LocalDate.of(2027, 10, 31), ZONE);

        assertThat(starts(slots)).containsExactly(
                Instant.parse("2027-10-31T00:00:00Z"), Instant.parse("2027-10-31T00:30:00Z"),
                Instant.parse("2027-10-31T02:00:00Z"), Instant.parse("2027-10-31T02:30:00Z"));
    }

    @Test
    @DisplayName("validFrom and validUntil bound the dates, both included")
    void validityBoundsTheDates() {
        var spring = weekly(SUNDAY, "10:00", "12:00", 45, LocalDate.of(2027, 3, 21), LocalDate.of(2027, 4, 4));

        var slots = spring.slots(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30), ZONE);

        assertThat(slots.stream().map(w -> LocalDate.ofInstant(w.start(), ZONE)).distinct())
                .containsExactly(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 4, 4));
    }

    @Test
    @DisplayName("nothing outside the validity period")
    void nothingOutsideValidity() {
        var spring = weekly(SUNDAY, "10:00", "12:00", 45, LocalDate.of(2027, 3, 21), LocalDate.of(2027, 4, 4));

        assertThat(spring.slots(LocalDate.of(2027, 4, 5), LocalDate.of(2027, 5, 31), ZONE)).isEmpty();
        assertThat(spring.slots(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 20), ZONE)).isEmpty();
    }

    @Test
    @DisplayName("only the pattern's weekday gets slots")
    void onlyThePatternsWeekday() {
        var tuesdays = weekly(TUESDAY, "13:00", "16:00", 60, NEW_YEAR_2027, null);

        var slots = tuesdays.slots(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 21), ZONE);

        assertThat(localStarts(slots)).containsExactly(
                LocalDateTime.of(2027, 3, 16, 13, 0), LocalDateTime.of(2027, 3, 16, 14, 0),
                LocalDateTime.of(2027, 3, 16, 15, 0));
    }

    @Test
    @DisplayName("hours must end after they start")
    void refusesEndNotAfterStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> weekly(SUNDAY, "12:00", "10:00", 45, NEW_YEAR_2027, null));
        assertThatIllegalArgumentException().isThrownBy(() -> weekly(SUNDAY, "10:00", "10:00", 45, NEW_YEAR_2027, null));
    }

    @Test
    @DisplayName("a slot must last at least a minute")
    void refusesEmptySlots() {
        assertThatIllegalArgumentException().isThrownBy(() -> weekly(SUNDAY, "10:00", "12:00", 0, NEW_YEAR_2027, null));
        assertThatIllegalArgumentException().isThrownBy(() -> weekly(SUNDAY, "10:00", "12:00", -45, NEW_YEAR_2027, null));
    }

    @Test
    @DisplayName("validUntil may not be before validFrom")
    void refusesReversedValidity() {
        assertThatIllegalArgumentException().isThrownBy(() -> weekly(SUNDAY, "10:00", "12:00", 45,
                LocalDate.of(2027, 4, 4), LocalDate.of(2027, 3, 21)));
    }
}
