package dk.helhed.pavilion.control;

import dk.helhed.pavilion.entity.PavilionBlock;
import dk.helhed.time.TimeWindow;
import dk.helhed.time.WallClock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * When a block opens between two days: on its weekday, within its validity, not on a closed day, at its local
 * wall-clock time (so 14:00 stays 14:00 on both sides of a DST change). A day whose local start or end the clocks
 * skip has no occurrence (a block at 02:30 on the night summer time begins), rather than a shifted one.
 */
public final class BlockCalendar {
    private BlockCalendar() {
    }

    public static List<TimeWindow> occurrences(PavilionBlock block, LocalDate first, LocalDate last, ZoneId zone,
                                               Predicate<LocalDate> closed) {
        List<TimeWindow> out = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!block.opensOn(day) || closed.test(day)) {
                continue;
            }
            var start = WallClock.resolve(day, block.startsAt(), zone);
            var end = WallClock.resolve(day, block.endsAt(), zone);
            if (start.isPresent() && end.isPresent() && end.get().isAfter(start.get())) {
                out.add(new TimeWindow(start.get().toInstant(), end.get().toInstant()));
            }
        }
        return out;
    }
}
