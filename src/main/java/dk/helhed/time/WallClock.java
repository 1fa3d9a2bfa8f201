package dk.helhed.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Turns local wall-clock times into instants by the rules the plan has chosen:
 * <ul>
 *     <li>a local time that does not exist (the hour skipped when summer time starts, e.g. 2027-03-28 02:30) is
 *     refused, never shifted;</li>
 *     <li>a local time that exists twice (the hour repeated when summer time ends, e.g. 2027-10-31 02:30) means the
 *     first of the two, still on summer time.</li>
 * </ul>
 */
public final class WallClock {
    private WallClock() {
    }

    public static Optional<ZonedDateTime> resolve(LocalDateTime local, ZoneId zone) {
        var offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.ofLocal(local, zone, offsets.get(0)));
    }

    public static Optional<ZonedDateTime> resolve(LocalDate date, LocalTime time, ZoneId zone) {
        return resolve(date.atTime(time), zone);
    }

    public static ZonedDateTime require(LocalDateTime local, ZoneId zone) {
        return resolve(local, zone).orElseThrow(() -> new NonexistentLocalTime(local, zone));
    }

    /** A wall-clock time that the zone skips. */
    public static class NonexistentLocalTime extends RuntimeException {
        public NonexistentLocalTime(LocalDateTime local, ZoneId zone) {
            super(local + " does not exist in " + zone + " (the clocks skip it)");
        }
    }
}
