package dk.helhed.time;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WallClockTest {
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Test
    @DisplayName("02:30 on the spring-forward Sunday does not exist: resolve is empty")
    void skippedHourDoesNotResolve() {
        assertThat(WallClock.resolve(LocalDateTime.of(2027, 3, 28, 2, 30), COPENHAGEN)).isEmpty();
    }

    @Test
    @DisplayName("02:30 on the spring-forward Sunday is refused by require, never shifted")
    void skippedHourIsRefused() {
        var local = LocalDateTime.of(2027, 3, 28, 2, 30);

        assertThatThrownBy(() -> WallClock.require(local, COPENHAGEN))
                .isInstanceOf(WallClock.NonexistentLocalTime.class)
                .hasMessageContaining("2027-03-28T02:30")
                .hasMessageContaining("Europe/Copenhagen");
    }

    @Test
    @DisplayName("02:30 on the fall-back Sunday is the first occurrence, still summer time")
    void repeatedHourIsTheFirstOccurrence() {
        var resolved = WallClock.require(LocalDateTime.of(2027, 10, 31, 2, 30), COPENHAGEN);

        assertThat(resolved.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(resolved.toInstant()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    }

    @Test
    @DisplayName("an ordinary time resolves plainly, winter and summer")
    void ordinaryTimesResolve() {
        assertThat(WallClock.resolve(LocalDateTime.of(2027, 1, 14, 10, 0), COPENHAGEN))
                .hasValueSatisfying(t -> assertThat(t.toInstant()).isEqualTo(Instant.parse("2027-01-14T09:00:00Z")));
        assertThat(WallClock.require(LocalDateTime.of(2027, 7, 14, 10, 0), COPENHAGEN).toInstant())
                .isEqualTo(Instant.parse("2027-07-14T08:00:00Z"));
    }

    @Test
    @DisplayName("the last minute before the gap and the first after it both exist")
    void edgesOfTheGapExist() {
        assertThat(WallClock.require(LocalDateTime.of(2027, 3, 28, 1, 59), COPENHAGEN).toInstant())
                .isEqualTo(Instant.parse("2027-03-28T00:59:00Z"));
        assertThat(WallClock.require(LocalDateTime.of(2027, 3, 28, 3, 0), COPENHAGEN).toInstant())
                .isEqualTo(Instant.parse("2027-03-28T01:00:00Z"));
    }
}
