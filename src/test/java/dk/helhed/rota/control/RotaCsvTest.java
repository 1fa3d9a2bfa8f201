package dk.helhed.rota.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dk.helhed.rota.control.RotaWeekTest.MONDAY;
import static dk.helhed.rota.control.RotaWeekTest.entry;
import static org.assertj.core.api.Assertions.assertThat;

class RotaCsvTest {
    private static final List<String> DAYS = List.of("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
            "søndag");

    @Test
    void startsWithTheByteOrderMarkAndUsesSemicolonsAndCrlf() {
        var week = RotaWeek.of(MONDAY, List.of(entry(1, MONDAY, "14:00", "Center for Dansk og Integration", 1,
                new RotaEntry.Holder("Søren Ærø", "+4522445501", "soeren@helhed.demo"))));

        String csv = RotaCsv.write(week, DAYS);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "Dato;Ugedag;Fra;Til;Sted;Organisation;Behov;Besat;Mangler;Navne;Telefon;E-mail",
                "2027-01-11;mandag;14:00;16:00;Pavillonen;Center for Dansk og Integration;1;1;0;Søren Ærø;"
                        + "+4522445501;soeren@helhed.demo");
    }

    @Test
    void quotesSemicolonsQuotesAndLineBreaks() {
        assertThat(RotaCsv.field("Jobcenter; Køge")).isEqualTo("\"Jobcenter; Køge\"");
        assertThat(RotaCsv.field("Det \"gode\" center")).isEqualTo("\"Det \"\"gode\"\" center\"");
        assertThat(RotaCsv.field("to\nlinjer")).isEqualTo("\"to\nlinjer\"");
        assertThat(RotaCsv.field("plain")).isEqualTo("plain");
        assertThat(RotaCsv.field(null)).isEmpty();
    }

    @Test
    void neutralisesFormulasButNotPhoneNumbers() {
        assertThat(RotaCsv.field("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(RotaCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RotaCsv.field("+cmd")).isEqualTo("'+cmd");
        assertThat(RotaCsv.field("+4522445501, +4522445502")).isEqualTo("+4522445501, +4522445502");
    }

    @Test
    void aGapShowsItsMissingCountAndNoPeople() {
        String csv = RotaCsv.write(RotaWeek.of(MONDAY, List.of(entry(1, MONDAY, "10:00", "SSP", 2))), DAYS);

        assertThat(csv).endsWith("2027-01-11;mandag;10:00;12:00;Pavillonen;SSP;2;0;2;;;\r\n");
    }
}
