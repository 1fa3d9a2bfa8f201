package dk.helhed.time;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time, start inclusive, end exclusive. */
public record TimeWindow(Instant start, Instant end) {
    public TimeWindow {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a window ends after it starts: " + start + " .. " + end);
        }
    }

    public boolean overlaps(TimeWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
