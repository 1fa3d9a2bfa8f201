package dk.helhed.signin.boundary;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLifetimeTest {
    private static final Instant SIGNED_IN = Instant.parse("2026-12-07T07:30:00Z");
    private static final Duration TWELVE_HOURS = Duration.ofHours(12);

    @Test
    void aSessionStandsUntilItsAbsoluteLifetimeHasPassedHoweverBusy() {
        assertThat(SessionLifetime.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(59)),
                TWELVE_HOURS)).isFalse();
        assertThat(SessionLifetime.outlived(SIGNED_IN, SIGNED_IN.plus(TWELVE_HOURS), TWELVE_HOURS)).isTrue();
        assertThat(SessionLifetime.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofDays(3)), TWELVE_HOURS)).isTrue();
    }
}
