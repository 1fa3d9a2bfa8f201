package dk.helhed.shifts.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HoursServedTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final Instant LATER = Instant.parse("2028-06-01T00:00:00Z");

    private static HoursServed.Served local(String from, String to) {
        return new HoursServed.Served(LocalDateTime.parse(from).atZone(KOEGE).toInstant(),
                LocalDateTime.parse(to).atZone(KOEGE).toInstant());
    }

    private static HoursServed.Month month(List<HoursServed.Month> months, int m) {
        return months.stream().filter(x -> x.month().equals(YearMonth.of(2027, m))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("two-hour shifts add up per month; every month of the year is listed, empty ones with 0")
    void sumsPerMonth() {
        var months = HoursServed.perMonth(List.of(local("2027-01-05T15:00", "2027-01-05T17:00"),
                local("2027-01-12T15:00", "2027-01-12T16:30"), local("2027-02-02T15:00", "2027-02-02T17:00")),
                Year.of(2027), KOEGE, LATER);

        assertThat(months).hasSize(12);
        assertThat(month(months, 1).minutes()).isEqualTo(210);
        assertThat(month(months, 1).hours()).isEqualTo(3.5);
        assertThat(month(months, 1).shifts()).isEqualTo(2);
        assertThat(month(months, 2).minutes()).isEqualTo(120);
        assertThat(month(months, 3).minutes()).isZero();
    }

    @Test
    @DisplayName("DST: 01:00-04:00 is two real hours on 28 March 2027 and four on 31 October 2027")
    void daylightSaving() {
        var months = HoursServed.perMonth(List.of(local("2027-03-28T01:00", "2027-03-28T04:00"),
                local("2027-10-31T01:00", "2027-10-31T04:00")), Year.of(2027), KOEGE, LATER);

        assertThat(month(months, 3).minutes()).isEqualTo(120);
        assertThat(month(months, 10).minutes()).isEqualTo(240);
    }

    @Test
    @DisplayName("a shift counts for the local month it starts in: 31 Jan 23:00 local is January though it is 22:00Z")
    void localMonth() {
        var months = HoursServed.perMonth(List.of(local("2027-02-01T00:30", "2027-02-01T01:30"),
                local("2027-01-31T23:00", "2027-02-01T00:00")), Year.of(2027), KOEGE, LATER);

        assertThat(month(months, 1).minutes()).isEqualTo(60);
        assertThat(month(months, 2).minutes()).as("00:30 local on 1 Feb is 23:30Z on 31 Jan").isEqualTo(60);
    }

    @Test
    @DisplayName("shifts not yet over and shifts of other years do not count")
    void onlyPastShiftsOfTheYear() {
        var now = LocalDateTime.parse("2027-05-10T16:00").atZone(KOEGE).toInstant();
        var months = HoursServed.perMonth(List.of(local("2027-05-10T15:00", "2027-05-10T17:00"),
                local("2027-05-03T15:00", "2027-05-03T17:00"), local("2026-05-05T15:00", "2026-05-05T17:00")),
                Year.of(2027), KOEGE, now);

        assertThat(month(months, 5).minutes()).isEqualTo(120);
        assertThat(month(months, 5).shifts()).isEqualTo(1);
        assertThat(months.stream().mapToLong(HoursServed.Month::minutes).sum()).isEqualTo(120);
    }
}
