package dk.helhed.testsupport;

import dk.helhed.time.TimeSource;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;
import java.time.Instant;

/**
 * The application's clock in integration tests: real time moved by an offset the test sets, so a reminder's moment
 * can be reached without sleeping. Only the test deployment contains this class.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class AdjustableTimeSource extends TimeSource {
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        return super.now().plus(offset);
    }

    public void set(Instant at) {
        offset = Duration.between(super.now(), at);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
