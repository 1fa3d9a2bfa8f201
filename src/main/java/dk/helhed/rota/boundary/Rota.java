package dk.helhed.rota.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.rota.control.RotaCsv;
import dk.helhed.rota.control.RotaEntry;
import dk.helhed.rota.control.RotaReader;
import dk.helhed.rota.control.RotaWeek;
import dk.helhed.rota.control.Weeks;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** The coordinators' view of who is where: the pavilion's week grid, its CSV, and the gaps of every kind of shift. */
@ApplicationScoped
@Transactional
public class Rota {
    public static final int MAX_GAP_WEEKS = 12;

    @Inject
    RotaReader reader;
    @Inject
    TimeSource time;

    public RotaWeek week(String week) {
        LocalDate monday = Weeks.monday(week, time.now().atZone(time.zone()).toLocalDate());
        var zone = time.zone();
        return RotaWeek.of(monday, reader.entries(monday.atStartOfDay(zone).toInstant(),
                monday.plusWeeks(1).atStartOfDay(zone).toInstant(), EnumSet.of(ShiftKind.PAVILION), false, zone));
    }

    public String csv(RotaWeek week) {
        return RotaCsv.write(week, Arrays.stream(DayOfWeek.values())
                .map(d -> d.getDisplayName(TextStyle.FULL, Language.DA.locale())).toList());
    }

    /** Every shift still missing people from now on for {@code weeks} weeks, pavilion and homework help alike. */
    public List<RotaEntry> gaps(int weeks) {
        if (weeks < 1 || weeks > MAX_GAP_WEEKS) {
            throw Refusal.invalid("weeks", "field.rota.weeks", MAX_GAP_WEEKS);
        }
        var now = time.now();
        return reader.entries(now, now.plus(Duration.ofDays(7L * weeks)), EnumSet.allOf(ShiftKind.class), true,
                time.zone());
    }

    public static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Language.DA.locale());
    }

    public static String label(RotaEntry e) {
        return e.kind() == ShiftKind.HOMEWORK ? Texts.text(Language.DA, "rota.kind.homework")
                : Texts.text(Language.DA, "rota.kind.pavilion");
    }
}
