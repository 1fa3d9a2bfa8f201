package dk.helhed.appointments.control;

import dk.helhed.appointments.entity.AvailabilityException;
import dk.helhed.plan.boundary.ClosedDays;
import dk.helhed.time.TimeWindow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * Whether one adviser can give advice at a time: not on a day the offices are closed (a slot belongs to the day it
 * starts on), and not while the adviser is away.
 */
public final class Openings {
    private final ClosedDays closedDays;
    private final List<TimeWindow> absences;
    private final ZoneId zone;

    public Openings(ClosedDays closedDays, Collection<AvailabilityException> absences, ZoneId zone) {
        this.closedDays = closedDays;
        this.absences = absences.stream().map(a -> a.window(zone)).toList();
        this.zone = zone;
    }

    public boolean open(TimeWindow slot) {
        return !closedDays.isClosed(LocalDate.ofInstant(slot.start(), zone))
                && absences.stream().noneMatch(slot::overlaps);
    }
}
