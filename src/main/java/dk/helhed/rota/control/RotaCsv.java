package dk.helhed.rota.control;

import dk.helhed.web.Sheet;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The week as a CSV file for Excel, written by {@link Sheet}: UTF-8 with a byte-order mark (without it Danish Excel reads æøå as ANSI),
 * semicolons between fields (Danish Excel's list separator, since the comma is the decimal sign), CRLF line ends, and
 * fields quoted when they hold a semicolon, quote or line break (quotes doubled). A field a spreadsheet would take
 * for a formula (=, @, or +/- followed by anything but a phone number) gets a leading apostrophe.
 */
public final class RotaCsv {
    private static final List<String> HEADERS = List.of("Dato", "Ugedag", "Fra", "Til", "Sted", "Organisation",
            "Behov", "Besat", "Mangler", "Navne", "Telefon", "E-mail");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private RotaCsv() {
    }

    public static String write(RotaWeek week, List<String> weekdayNames) {
        var rows = week.entries().stream().map(e -> List.of(e.day().toString(),
                weekdayNames.get(e.day().getDayOfWeek().getValue() - 1), e.start().format(HH_MM),
                e.end().format(HH_MM), e.place(), e.who(), String.valueOf(e.needed()), String.valueOf(e.taken()),
                String.valueOf(e.missing()), joined(e, RotaEntry.Holder::name), joined(e, RotaEntry.Holder::phone),
                joined(e, RotaEntry.Holder::email))).toList();
        return new String(new Sheet("Vagtplan", HEADERS, rows).csv(), StandardCharsets.UTF_8);
    }

    private static String joined(RotaEntry e, Function<RotaEntry.Holder, String> what) {
        return e.people().stream().map(h -> what.apply(h) == null ? "" : what.apply(h))
                .collect(Collectors.joining(", "));
    }

    static String field(String value) {
        return Sheet.field(value);
    }
}
