package dk.helhed.reminders.boundary;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPolicyTest {
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final ReminderPolicy SIX_PM = new ReminderPolicy(LocalTime.of(18, 0), COPENHAGEN);
    private static final Instant LONG_BEFORE = Instant.parse("2027-01-04T09:00:00Z");

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(COPENHAGEN).toInstant();
    }

    @Test
    @DisplayName("Sunday 2027-03-28 10:00 (first day of summer time): Saturday 18:00 CET = 17:00Z")
    void springSunday() {
        assertThat(SIX_PM.eveningBefore(local(2027, 3, 28, 10, 0), LONG_BEFORE))
                .contains(Instant.parse("2027-03-27T17:00:00Z"));
    }

    @Test
    @DisplayName("Monday 2027-03-29 10:00 CEST: Sunday 18:00 CEST = 16:00Z")
    void springMonday() {
        assertThat(SIX_PM.eveningBefore(local(2027, 3, 29, 10, 0), LONG_BEFORE))
                .contains(Instant.parse("2027-03-28T16:00:00Z"));
    }

    @Test
    @DisplayName("Sunday 2027-10-31 10:00 (first day of winter time): Saturday 18:00 CEST = 16:00Z")
    void autumnSunday() {
        assertThat(SIX_PM.eveningBefore(local(2027, 10, 31, 10, 0), LONG_BEFORE))
                .contains(Instant.parse("2027-10-30T16:00:00Z"));
    }

    @Test
    @DisplayName("Monday 2027-11-01 10:00 CET: Sunday 18:00 CET = 17:00Z")
    void autumnMonday() {
        assertThat(SIX_PM.eveningBefore(local(2027, 11, 1, 10, 0), LONG_BEFORE))
                .contains(Instant.parse("2027-10-31T17:00:00Z"));
    }

    @Test
    @DisplayName("booked a second before the reminder time: still reminded")
    void bookedJustInTime() {
        Instant starts = local(2027, 4, 8, 10, 0);

        assertThat(SIX_PM.eveningBefore(starts, Instant.parse("2027-04-07T15:59:59Z")))
                .contains(Instant.parse("2027-04-07T16:00:00Z"));
    }

    @Test
    @DisplayName("booked at or after the reminder time: no reminder, the confirmation is enough")
    void bookedTooLate() {
        Instant starts = local(2027, 4, 8, 10, 0);

        assertThat(SIX_PM.eveningBefore(starts, Instant.parse("2027-04-07T16:00:00Z"))).isEmpty();
        assertThat(SIX_PM.eveningBefore(starts, Instant.parse("2027-04-07T19:30:00Z"))).isEmpty();
    }

    @Test
    @DisplayName("an appointment at 00:30 is reminded at 18:00 the calendar day before, six and a half hours ahead")
    void justAfterMidnight() {
        Instant starts = local(2027, 4, 6, 0, 30);

        assertThat(starts).isEqualTo(Instant.parse("2027-04-05T22:30:00Z"));
        assertThat(SIX_PM.eveningBefore(starts, LONG_BEFORE)).contains(Instant.parse("2027-04-05T16:00:00Z"));
    }

    @Test
    @DisplayName("a reminder time in the skipped spring hour (02:30 on 2027-03-28) moves forward to 03:30 CEST")
    void reminderTimeInSkippedHourMovesForward() {
        var halfPastTwo = new ReminderPolicy(LocalTime.of(2, 30), COPENHAGEN);

        assertThat(halfPastTwo.eveningBefore(local(2027, 3, 29, 10, 0), LONG_BEFORE))
                .contains(Instant.parse("2027-03-28T01:30:00Z"));
    }

    @Test
    @DisplayName("a reminder time in the repeated autumn hour (02:30 on 2027-10-31) is its first occurrence")
    void reminderTimeInRepeatedHourIsFirstOccurrence() {
        var halfPastTwo = new ReminderPolicy(LocalTime.of(2, 30), COPENHAGEN);

        assertThat(halfPastTwo.eveningBefore(local(2027, 11, 1, 10, 0), LONG_BEFORE))
                .contains(Instant.parse("2027-10-31T00:30:00Z"));
    }

    @Test
    void shortlyBeforeIsOffByDefaultAndOtherwiseAFixedRealTimeBeforeTheStart() {
        var starts = Instant.parse("2027-03-28T08:00:00Z");
        var booked = Instant.parse("2027-03-20T09:00:00Z");
        var zone = java.time.ZoneId.of("Europe/Copenhagen");
        assertThat(new ReminderPolicy(java.time.LocalTime.of(18, 0), zone).shortlyBefore(starts, booked)).isEmpty();

        var twoHours = new ReminderPolicy(java.time.LocalTime.of(18, 0), zone, java.time.Duration.ofHours(2));
        assertThat(twoHours.shortlyBefore(starts, booked)).contains(Instant.parse("2027-03-28T06:00:00Z"));
        assertThat(twoHours.shortlyBefore(starts, Instant.parse("2027-03-28T06:00:00Z"))).as("already past").isEmpty();
        assertThat(twoHours.shortlyBefore(starts, Instant.parse("2027-03-28T05:59:59Z"))).isPresent();
    }
}
