package dk.helhed.pavilion.control;

import dk.helhed.pavilion.entity.PavilionBlock;
import dk.helhed.plan.boundary.ClosedDays;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import dk.helhed.time.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class BlockCalendarTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final ClosedDays CLOSED = new ClosedDays(ClosedDays.DEFAULT_EXTRA_DAYS);
    private static final Place PAVILION = new Place(new SocialPlan("koege", "Køge"), "ellemarken-pavillonen",
            "Pavillonen", null);

    private static PavilionBlock block(DayOfWeek day, String from, String to, LocalDate validFrom, LocalDate until) {
        return new PavilionBlock(PAVILION, day, LocalTime.parse(from), LocalTime.parse(to), validFrom, until,
                Instant.EPOCH);
    }

    @Test
    void keepsTheLocalTimeOnBothSidesOfTheSpringChange() {
        var tuesday = block(DayOfWeek.SUNDAY, "14:00", "16:00", LocalDate.of(2027, 3, 1), null);

        var got = BlockCalendar.occurrences(tuesday, LocalDate.of(2027, 3, 21), LocalDate.of(2027, 4, 4), KOEGE,
                d -> false);

        assertThat(got).extracting(TimeWindow::start).containsExactly(
                Instant.parse("2027-03-21T13:00:00Z"), Instant.parse("2027-03-28T12:00:00Z"),
                Instant.parse("2027-04-04T12:00:00Z"));
        assertThat(got).allSatisfy(w -> assertThat(w.start().atZone(KOEGE).toLocalTime()).isEqualTo("14:00"));
    }

    @Test
    void keepsTheLocalTimeOnTheAutumnChange() {
        var sunday = block(DayOfWeek.SUNDAY, "10:00", "12:00", LocalDate.of(2027, 10, 1), null);

        var got = BlockCalendar.occurrences(sunday, LocalDate.of(2027, 10, 24), LocalDate.of(2027, 10, 31), KOEGE,
                d -> false);

        assertThat(got).extracting(TimeWindow::start).containsExactly(Instant.parse("2027-10-24T08:00:00Z"),
                Instant.parse("2027-10-31T09:00:00Z"));
    }

    @Test
    void aBlockInTheSkippedHourHasNoOccurrenceThatNight() {
        var night = block(DayOfWeek.SUNDAY, "02:15", "02:45", LocalDate.of(2027, 3, 1), null);

        assertThat(BlockCalendar.occurrences(night, LocalDate.of(2027, 3, 21), LocalDate.of(2027, 3, 28), KOEGE,
                d -> false)).extracting(TimeWindow::start).containsExactly(Instant.parse("2027-03-21T01:15:00Z"));
    }

    @Test
    void skipsPublicHolidaysAndClosedDays() {
        // Easter Monday 2027 is 29 March; Grundlovsdag 5 June 2028 is a Monday and closed by default
        var monday = block(DayOfWeek.MONDAY, "14:00", "16:00", LocalDate.of(2027, 1, 1), null);

        var easter = BlockCalendar.occurrences(monday, LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 5), KOEGE,
                CLOSED::isClosed);
        var june = BlockCalendar.occurrences(monday, LocalDate.of(2028, 6, 5), LocalDate.of(2028, 6, 12), KOEGE,
                CLOSED::isClosed);

        assertThat(easter).extracting(w -> w.start().atZone(KOEGE).toLocalDate())
                .containsExactly(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 5));
        assertThat(june).extracting(w -> w.start().atZone(KOEGE).toLocalDate())
                .containsExactly(LocalDate.of(2028, 6, 12));
    }

    @Test
    void onlyWithinItsValidity() {
        var tuesday = block(DayOfWeek.TUESDAY, "10:00", "12:00", LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 26));

        assertThat(BlockCalendar.occurrences(tuesday, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28), KOEGE,
                d -> false)).extracting(w -> w.start().atZone(KOEGE).toLocalDate()).containsExactly(
                LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 19), LocalDate.of(2027, 1, 26));
    }
}
