package dk.helhed.messaging.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxLedgerTest {

    @ParameterizedTest(name = "after attempt {0}: wait {1} minutes")
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "6, 30", "7, 30"})
    @DisplayName("retry waits double after each failed attempt, up to 30 minutes")
    void backoffDoublesUpToHalfAnHour(int attempt, long minutes) {
        assertThat(OutboxLedger.backoff(attempt)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    @DisplayName("the wait stays at 30 minutes however many attempts, and is never below a minute")
    void backoffIsBounded() {
        assertThat(OutboxLedger.backoff(10)).isEqualTo(Duration.ofMinutes(30));
        assertThat(OutboxLedger.backoff(1_000)).isEqualTo(Duration.ofMinutes(30));
        assertThat(OutboxLedger.backoff(0)).isEqualTo(Duration.ofMinutes(1));
    }
}
