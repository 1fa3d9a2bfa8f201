package dk.helhed.reminders.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When to remind someone of something that starts at a given instant.
 * <p>
 * <b>The evening before</b>: at a fixed local time (18:00 by default) on the calendar day before the day it starts,
 * in the plan's zone. It follows the wall clock, so across a daylight-saving change the reminder is still at 18:00
 * local (e.g. for Sunday 2027-03-28 10:00 it is Saturday 18:00 CET = 17:00Z; for Monday 2027-03-29 10:00 it is
 * Sunday 18:00 CEST = 16:00Z). If the chosen local time falls in the hour skipped in spring, it moves forward by the
 * length of the gap (02:30 becomes 03:30); in the repeated autumn hour it is the first occurrence. No reminder when
 * that moment is already past when the booking is made: the confirmation is enough.
 */
public record ReminderPolicy(LocalTime eveningAt, ZoneId zone, Duration soonBefore) {

    /** Only the evening-before reminder. */
    public ReminderPolicy(LocalTime eveningAt, ZoneId zone) {
        this(eveningAt, zone, Duration.ZERO);
    }

    /**
     * <b>Shortly before</b> (optional, off when {@code soonBefore} is zero): a fixed time before the start, e.g. 2
     * hours, counted in real time; none when that moment has passed at booking, or when it would come before the
     * evening-before reminder (a morning appointment's "2 hours before" at 08:00 is not after 18:00 the day before,
     * so both are sent; an appointment booked for tonight gets only this one).
     */
    public Optional<Instant> shortlyBefore(Instant starts, Instant now) {
        if (soonBefore.isZero() || soonBefore.isNegative()) {
            return Optional.empty();
        }
        Instant at = starts.minus(soonBefore);
        return at.isAfter(now) ? Optional.of(at) : Optional.empty();
    }

    public Optional<Instant> eveningBefore(Instant starts, Instant now) {
        var day = starts.atZone(zone).toLocalDate().minusDays(1);
        Instant at = ZonedDateTime.ofLocal(LocalDateTime.of(day, eveningAt), zone, null).toInstant();
        return at.isAfter(now) && at.isBefore(starts) ? Optional.of(at) : Optional.empty();
    }
}
