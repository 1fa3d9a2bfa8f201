package dk.helhed.rota.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When the coordinators' morning digest is due: on each local day, once the local wall-clock time has reached the
 * configured time (07:00 by default). Comparing wall-clock times rather than computing a firing instant makes the DST
 * days trivial: on the day summer time begins a job polling every few minutes simply finds 07:00 passed an hour
 * sooner in UTC, and a time the clocks skip (02:30 on that night) counts as passed once the clocks show 03:00.
 */
public final class DigestTiming {
    private DigestTiming() {
    }

    /** The local day whose digest is due at {@code now}, if the digest time has passed on it. */
    public static Optional<LocalDate> due(Instant now, ZoneId zone, LocalTime at) {
        var local = now.atZone(zone);
        return local.toLocalTime().isBefore(at) ? Optional.empty() : Optional.of(local.toLocalDate());
    }
}
