package dk.helhed.rota.control;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.shifts.boundary.Shifts;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Open shifts between two instants as rota entries, with who holds their places (names, phones, e-mail). */
@ApplicationScoped
public class RotaReader {
    @Inject
    Shifts shifts;

    public List<RotaEntry> entries(Instant from, Instant to, Collection<ShiftKind> kinds, boolean gapsOnly,
                                   ZoneId zone) {
        var shifts = this.shifts.between(kinds, from, to, gapsOnly);
        var holders = this.shifts.holders(shifts);
        List<RotaEntry> out = new ArrayList<>();
        for (Shift s : shifts) {
            var start = s.startsAt().atZone(zone);
            var people = holders.getOrDefault(s.id(), List.of()).stream()
                    .map(a -> new RotaEntry.Holder(a.person().name(), a.person().phone(), a.person().email()))
                    .toList();
            out.add(new RotaEntry(s.id(), s.kind(), s.startsAt(), start.toLocalDate(), start.toLocalTime(),
                    s.endsAt().atZone(zone).toLocalTime(), s.place().name(), code(s), who(s), s.needed(), s.taken(),
                    people));
        }
        return out;
    }

    private static String code(Shift s) {
        return s.kind() == ShiftKind.PAVILION ? s.organisation().code()
                : "homework" + (s.subject() == null ? "" : ":" + s.subject().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The organisation's name; for homework help "Lektiehjælp" and the subject, in Danish (coordinators' pages). */
    private static String who(Shift s) {
        if (s.kind() == ShiftKind.PAVILION) {
            return s.organisation().name();
        }
        String label = Texts.text(Language.DA, "rota.homework");
        return s.subject() == null ? label
                : label + " (" + Texts.text(Language.DA, "rota.subject." + s.subject().name().toLowerCase(
                java.util.Locale.ROOT)) + ")";
    }
}
