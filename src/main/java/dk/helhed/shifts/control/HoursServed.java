package dk.helhed.shifts.control;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hours a person served, month by month. A shift counts for the month (in the plan's zone) it starts in, with the
 * time that really passed: a shift from 01:00 to 04:00 on the night summer time starts is two hours, on the night it
 * ends four. Only shifts that have ended count; one still going counts once it is over.
 */
public final class HoursServed {
    private HoursServed() {
    }

    /** A stretch someone served. */
    public record Served(Instant start, Instant end) {
    }

    /** One month: minutes served and the number of shifts. */
    public record Month(YearMonth month, long minutes, int shifts) {
        public double hours() {
            return minutes / 60.0;
        }
    }

    /** The twelve months of {@code year}, each with what was served in it and ended by {@code now}. */
    public static List<Month> perMonth(List<Served> served, Year year, ZoneId zone, Instant now) {
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(year.atMonth(m), new long[2]);
        }
        for (Served s : served) {
            if (s.end().isAfter(now)) {
                continue;
            }
            long[] sums = months.get(YearMonth.from(s.start().atZone(zone)));
            if (sums != null) {
                sums[0] += Duration.between(s.start(), s.end()).toMinutes();
                sums[1]++;
            }
        }
        List<Month> out = new ArrayList<>();
        months.forEach((month, sums) -> out.add(new Month(month, sums[0], (int) sums[1])));
        return out;
    }
}
