package dk.helhed.pavilion.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.shifts.boundary.Shifts;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Residents' "who is at the pavilion": the blocks of a day and the organisations present at each (those with at
 * least one of their staff on it), with a line on what each helps with. Never a staff member's name.
 */
@ApplicationScoped
@Transactional
public class WhoIsHere {
    @Inject
    Shifts shifts;
    @Inject
    TimeSource time;

    public record Organisation(String code, String name, String helpsWith) {
    }

    public record Opening(String start, String end, String place, List<Organisation> organisations) {
    }

    public record Day(String date, String title, boolean today, List<Opening> openings) {
    }

    public Day today(Language lang) {
        LocalDate today = time.now().atZone(time.zone()).toLocalDate();
        return day(today, today, lang);
    }

    /**
     * Today and the six days after it, not just to Sunday: a resident who looks on a Sunday still sees when the job
     * centre is there next.
     */
    public List<Day> week(Language lang) {
        LocalDate today = time.now().atZone(time.zone()).toLocalDate();
        List<Day> days = new ArrayList<>();
        for (LocalDate d = today; d.isBefore(today.plusDays(7)); d = d.plusDays(1)) {
            days.add(day(d, today, lang));
        }
        return days;
    }

    private Day day(LocalDate date, LocalDate today, Language lang) {
        var zone = time.zone();
        var shifts = this.shifts.between(List.of(ShiftKind.PAVILION), date.atStartOfDay(zone).toInstant(),
                        date.plusDays(1).atStartOfDay(zone).toInstant(), false).stream().filter(s -> s.taken() > 0)
                .sorted(Comparator.comparing(Shift::startsAt).thenComparing(Shift::endsAt)).toList();
        Map<String, List<Shift>> openings = new LinkedHashMap<>();
        for (Shift s : shifts) {
            openings.computeIfAbsent(s.startsAt() + "|" + s.endsAt() + "|" + s.place().code(), k -> new ArrayList<>())
                    .add(s);
        }
        var hhmm = DateTimeFormatter.ofPattern("HH:mm");
        List<Opening> out = openings.values().stream().map(list -> new Opening(
                list.get(0).startsAt().atZone(zone).toLocalTime().format(hhmm),
                list.get(0).endsAt().atZone(zone).toLocalTime().format(hhmm), list.get(0).place().name(),
                list.stream().map(Shift::organisation).distinct().map(o -> new Organisation(o.code(), o.name(),
                        o.helpsWith() != null ? o.helpsWith() : helpsWith(o.code(), lang))).toList())).toList();
        String title = Texts.day(lang, date);
        return new Day(date.toString(), title, date.equals(today), out);
    }

    /**
     * The organisation's line in the texts ({@code pavilion.org.<code>}, the demo's, in each language), or none for
     * one without; the organisation's own words, when the secretariat gave them, come first.
     */
    static String helpsWith(String code, Language lang) {
        try {
            return Texts.text(lang, "pavilion.org." + code);
        } catch (IllegalStateException e) {
            return "";
        }
    }

}
