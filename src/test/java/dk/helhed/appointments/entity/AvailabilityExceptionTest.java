package dk.helhed.appointments.entity;

import dk.helhed.appointments.entity.AvailabilityException.Reason;
import dk.helhed.time.TimeWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static dk.helhed.appointments.entity.KoegePlan.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AvailabilityExceptionTest {
    private final Adviser adviser = KoegePlan.adviser();

    @Test
    @DisplayName("whole days run from midnight of the first to midnight after the last, across the spring change")
    void wholeDays() {
        var easter = AvailabilityException.days(adviser, LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 28),
                Reason.HOLIDAY);

        assertThat(easter.window(ZONE)).isEqualTo(new TimeWindow(Instant.parse("2027-03-21T23:00:00Z"),
                Instant.parse("2027-03-28T22:00:00Z")));
        assertThat(easter.reason()).isEqualTo(Reason.HOLIDAY);
    }

    @Test
    @DisplayName("one day is a day")
    void oneDay() {
        var ill = AvailabilityException.days(adviser, LocalDate.of(2027, 11, 2), LocalDate.of(2027, 11, 2),
                Reason.ILLNESS);

        assertThat(ill.window(ZONE).length()).hasHours(24);
    }

    @Test
    @DisplayName("with times, the absence is between the two wall-clock times")
    void withTimes() {
        var away = AvailabilityException.between(adviser, LocalDateTime.of(2027, 6, 1, 12, 0),
                LocalDateTime.of(2027, 6, 3, 10, 0), Reason.OTHER);

        assertThat(away.window(ZONE)).isEqualTo(new TimeWindow(Instant.parse("2027-06-01T10:00:00Z"),
                Instant.parse("2027-06-03T08:00:00Z")));
    }

    @Test
    @DisplayName("an absence must end after it starts")
    void refusesReversed() {
        assertThatIllegalArgumentException().isThrownBy(() -> AvailabilityException.days(adviser,
                LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 27), Reason.HOLIDAY));
        assertThatIllegalArgumentException().isThrownBy(() -> AvailabilityException.between(adviser,
                LocalDateTime.of(2027, 6, 1, 12, 0), LocalDateTime.of(2027, 6, 1, 12, 0), Reason.OTHER));
    }
}
