package dk.helhed.rota.boundary;

import dk.helhed.rota.control.RotaEntry;
import dk.helhed.rota.control.RotaWeek;
import dk.helhed.rota.control.Weeks;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The rota's JSON: for coordinators, so with names, phones and e-mail addresses. */
public final class RotaJson {
    private RotaJson() {
    }

    public record Person(String name, String phone, String email) {
    }

    public record Cell(long shiftId, String kind, String start, String end, String place, String code, String who,
                       int needed, int taken, int missing, boolean gap, List<Person> people) {
        static Cell of(RotaEntry e, ZoneId zone) {
            return new Cell(e.shiftId(), e.kind().name(), e.day().atTime(e.start()).atZone(zone)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), e.day().atTime(e.end()).atZone(zone)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), e.place(), e.whoCode(), e.who(), e.needed(),
                    e.taken(), e.missing(), e.isGap(),
                    e.people().stream().map(h -> new Person(h.name(), h.phone(), h.email())).toList());
        }
    }

    public record Block(String start, String end, String place, boolean gap, List<Cell> cells) {
    }

    public record Day(String date, String weekday, List<Block> blocks) {
    }

    public record Week(String week, String previous, String next, int gaps, int missing, List<Day> days) {
        static Week of(RotaWeek w, ZoneId zone) {
            return new Week(Weeks.name(w.monday()), Weeks.name(w.monday().minusWeeks(1)),
                    Weeks.name(w.monday().plusWeeks(1)), w.gaps(), w.missing(),
                    w.days().stream().map(d -> new Day(d.date().toString(), d.date().getDayOfWeek().name(),
                            d.blocks().stream().map(b -> new Block(b.start().toString(), b.end().toString(),
                                    b.place(), b.hasGap(), b.cells().stream().map(c -> Cell.of(c, zone)).toList()))
                                    .toList())).toList());
        }
    }

    public record Asked(long shiftId, int asked) {
    }
}
