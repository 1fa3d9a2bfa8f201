package dk.helhed.rota.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DigestTimingTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    @Test
    void dueOnceTheLocalTimeHasPassedSeven() {
        assertThat(DigestTiming.due(Instant.parse("2027-01-12T05:59:59Z"), KOEGE, SEVEN)).isEmpty();
        assertThat(DigestTiming.due(Instant.parse("2027-01-12T06:00:00Z"), KOEGE, SEVEN))
                .contains(LocalDate.of(2027, 1, 12));
        assertThat(DigestTiming.due(Instant.parse("2027-01-12T22:59:00Z"), KOEGE, SEVEN))
                .contains(LocalDate.of(2027, 1, 12));
        assertThat(DigestTiming.due(Instant.parse("2027-01-12T23:00:00Z"), KOEGE, SEVEN))
                .as("just after midnight: the next day, not yet due").isEmpty();
    }

    @Test
    void onTheDaySummerTimeBeginsSevenIsAnHourEarlierInUtc() {
        assertThat(DigestTiming.due(Instant.parse("2027-03-28T04:59:00Z"), KOEGE, SEVEN)).isEmpty();
        assertThat(DigestTiming.due(Instant.parse("2027-03-28T05:00:00Z"), KOEGE, SEVEN))
                .contains(LocalDate.of(2027, 3, 28));
    }

    @Test
    void onTheDaySummerTimeEndsSevenIsAnHourLaterInUtc() {
        assertThat(DigestTiming.due(Instant.parse("2027-10-31T05:59:00Z"), KOEGE, SEVEN)).isEmpty();
        assertThat(DigestTiming.due(Instant.parse("2027-10-31T06:00:00Z"), KOEGE, SEVEN))
                .contains(LocalDate.of(2027, 10, 31));
    }

    @Test
    void aTimeTheClocksSkipCountsAsPassedOnceTheyShowALaterOne() {
        LocalTime skipped = LocalTime.of(2, 30);
        assertThat(DigestTiming.due(Instant.parse("2027-03-28T00:59:00Z"), KOEGE, skipped)).isEmpty();
        assertThat(DigestTiming.due(Instant.parse("2027-03-28T01:00:00Z"), KOEGE, skipped))
                .as("03:00 summer time").contains(LocalDate.of(2027, 3, 28));
    }
}
