package dk.helhed.rota.control;

import dk.helhed.web.Sheet;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The week as a CSV file for Excel: UTF-8 with a byte-order mark (without it Danish Excel reads æøå as ANSI),
 * semicolons between fields (Danish Excel's list separator, since the comma is the decimal sign), CRLF line ends, and
 * fields quoted when they hold a semicolon, quote or line break (quotes doubled). A field a spreadsheet would take
 * for a formula (=, @, or +/- followed by anything but a phone number) gets a leading apostrophe.
 */
public final class RotaCsv {
    public static final String BOM = "\uFEFF";
    private static final String HEADER = "Dato;Ugedag;Fra;Til;Sted;Organisation;Behov;Besat;Mangler;Navne;Telefon;E-mail";

    private RotaCsv() {
    }

    public static String write(RotaWeek week, List<String> weekdayNames) {
        StringBuilder out = new StringBuilder(BOM).append(HEADER).append("\r\n");
        for (RotaEntry e : week.entries()) {
            var people = e.people();
            out.append(String.join(";", List.of(
                    field(e.day().toString()),
                    field(weekdayNames.get(e.day().getDayOfWeek().getValue() - 1)),
                    field(e.start().format(DateTimeFormatter.ofPattern("HH:mm"))),
                    field(e.end().format(DateTimeFormatter.ofPattern("HH:mm"))),
                    field(e.place()),
                    field(e.who()),
                    String.valueOf(e.needed()),
                    String.valueOf(e.taken()),
                    String.valueOf(e.missing()),
                    field(people.stream().map(RotaEntry.Holder::name).collect(Collectors.joining(", "))),
                    field(people.stream().map(h -> h.phone() == null ? "" : h.phone()).collect(Collectors.joining(", "))),
                    field(people.stream().map(h -> h.email() == null ? "" : h.email())
                            .collect(Collectors.joining(", "))))))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String field(String value) {
        return Sheet.field(value);
    }
}
