package dk.helhed.appointments.control;

import dk.helhed.appointments.entity.Adviser;
import dk.helhed.appointments.entity.Availability;
import dk.helhed.appointments.entity.AvailabilityException.Reason;
import dk.helhed.appointments.entity.AvailabilityException;
import dk.helhed.appointments.entity.KoegePlan;
import dk.helhed.plan.boundary.ClosedDays;
import dk.helhed.time.TimeWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dk.helhed.appointments.entity.KoegePlan.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

/** Which of an adviser's weekly slots slot generation makes: none on closed days, none while the adviser is away. */
class OpeningsTest {
    private static final ClosedDays CLOSED_DAYS = new ClosedDays(ClosedDays.DEFAULT_EXTRA_DAYS);
    private static final LocalDate FIRST = LocalDate.of(2027, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);

    private final Adviser adviser = KoegePlan.adviser();

    /** The adviser's 2027 slots, Monday to Sunday 10:00-12:00 in 45-minute slots, that are open. */
    private List<TimeWindow> slots2027(AvailabilityException... absences) {
        var openings = new Openings(CLOSED_DAYS, List.of(absences), ZONE);
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new Availability(adviser, KoegePlan.pavilion(), day, LocalTime.of(10, 0),
                        LocalTime.of(12, 0), Duration.ofMinutes(45), FIRST, null))
                .flatMap(a -> a.slots(FIRST, LAST, ZONE).stream())
                .filter(openings::open).toList();
    }

    private static Set<LocalDate> days(List<TimeWindow> slots) {
        return slots.stream().map(w -> LocalDate.ofInstant(w.start(), ZONE)).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2027-01-01", "2027-03-25", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17",
            "2027-06-05", "2027-12-24", "2027-12-25", "2027-12-26", "2027-12-31"})
    @DisplayName("no slots on public holidays and the offices' closed days")
    void noSlotsOnClosedDays(String day) {
        assertThat(days(slots2027())).doesNotContain(LocalDate.parse(day));
    }

    @Test
    @DisplayName("an ordinary Thursday has its slots: 10:00 and 10:45")
    void ordinaryThursdayHasSlots() {
        assertThat(slots2027()).map(w -> LocalDateTime.ofInstant(w.start(), ZONE))
                .filteredOn(t -> t.toLocalDate().equals(LocalDate.of(2027, 3, 18)))
                .containsExactly(LocalDateTime.of(2027, 3, 18, 10, 0), LocalDateTime.of(2027, 3, 18, 10, 45));
    }

    @Test
    @DisplayName("2027 has 365 days, 10 public holidays on them and 3 more closed days: 352 days of slots")
    void everyOtherDayIsOpen() {
        assertThat(days(slots2027())).hasSize(365 - 10 - 3);
    }

    @Test
    @DisplayName("an adviser on holiday for a week has no slots that week, and slots the days before and after")
    void holidayWeek() {
        var holiday = AvailabilityException.days(adviser, LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 8),
                Reason.HOLIDAY);

        var days = days(slots2027(holiday));

        assertThat(LocalDate.of(2027, 8, 2).datesUntil(LocalDate.of(2027, 8, 9))).noneMatch(days::contains);
        assertThat(days).contains(LocalDate.of(2027, 8, 1), LocalDate.of(2027, 8, 9));
    }

    @Test
    @DisplayName("an absence with times removes exactly the slots it touches")
    void absenceWithTimes() {
        var dentist = AvailabilityException.between(adviser, LocalDateTime.of(2027, 3, 16, 11, 0),
                LocalDateTime.of(2027, 3, 16, 14, 0), Reason.OTHER);

        assertThat(slots2027(dentist)).map(w -> LocalDateTime.ofInstant(w.start(), ZONE))
                .filteredOn(t -> t.toLocalDate().equals(LocalDate.of(2027, 3, 16)))
                .containsExactly(LocalDateTime.of(2027, 3, 16, 10, 0));
    }

    @Test
    @DisplayName("an illness ending at 10:45 leaves the 10:45 slot open")
    void absenceEndsWhereASlotStarts() {
        var ill = AvailabilityException.between(adviser, LocalDateTime.of(2027, 3, 15, 8, 0),
                LocalDateTime.of(2027, 3, 16, 10, 45), Reason.ILLNESS);

        var slots = slots2027(ill);

        assertThat(days(slots)).doesNotContain(LocalDate.of(2027, 3, 15));
        assertThat(slots).map(w -> LocalDateTime.ofInstant(w.start(), ZONE))
                .filteredOn(t -> t.toLocalDate().equals(LocalDate.of(2027, 3, 16)))
                .containsExactly(LocalDateTime.of(2027, 3, 16, 10, 45));
    }
}
