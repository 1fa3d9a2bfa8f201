package dk.helhed.shifts.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How long before a shift a volunteer may still give it up themselves (24 hours by default); later, only the
 * coordinator can release them. The rule itself is {@code ShiftAssignment.giveUp}; pages ask this to decide
 * between a "Cancel" button and "ask the coordinator".
 */
public record CancelCutoff(Duration before) {

    public boolean allows(Instant shiftStarts, Instant now) {
        return !now.plus(before).isAfter(shiftStarts);
    }
}
