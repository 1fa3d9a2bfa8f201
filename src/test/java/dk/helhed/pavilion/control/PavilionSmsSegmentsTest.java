package dk.helhed.pavilion.control;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.entity.SmsCost;
import dk.helhed.messaging.entity.SmsSegments;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static dk.helhed.i18n.Language.AR;
import static dk.helhed.messaging.entity.SmsCost.costs;
import static dk.helhed.i18n.Language.DA;
import static dk.helhed.i18n.Language.EN;
import static dk.helhed.messaging.entity.SmsSegments.Encoding.GSM_7;
import static dk.helhed.messaging.entity.SmsSegments.Encoding.UCS_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each pavilion and rota SMS (swaps, call for help) costs with realistic long arguments, in each language (staff
 * are written to in Danish today). A new template fails the test until its cost is written here; Danish and English
 * stay GSM 7-bit.
 */
class PavilionSmsSegmentsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final Instant WEDNESDAY_SEPTEMBER = Instant.parse("2027-09-29T12:00:00Z");
    private static final String NAME = "Pernille Østergaard-Christensen";
    private static final String PLACE = "Pavillonen Fælles Fremtid, Ellemarken";
    private static final String ORGANISATION = "Center for Dansk og Integration";
    private static final String LINK = "https://helhed.example.dk/volunteer/shifts";

    private static final Map<String, Map<Language, SmsCost>> EXPECTED = Map.of(
            "message.swap.proposed.sms", costs(2, 2, 4, 3, 4, 4),
            "message.swap.accepted.sms", costs(2, 2, 4, 3, 4, 4),
            "message.swap.declined.sms", costs(2, 2, 4, 2, 4, 4),
            "message.swap.handed-over.sms", costs(2, 2, 4, 3, 4, 4),
            "message.rota.help.sms", costs(2, 2, 3, 2, 3, 3));


    private static Object[] arguments(String key, Language language) {
        String when = Texts.when(language, WEDNESDAY_SEPTEMBER, ZONE);
        if (key.startsWith("message.rota.help")) {
            return new Object[]{ORGANISATION, when, PLACE, LINK};
        }
        String block = when + " (" + PLACE + ")";
        return new Object[]{NAME, block, Texts.text(language, "message.swap.in-exchange", block), LINK};
    }

    private static Set<String> smsKeys() throws IOException {
        try (var in = PavilionSmsSegmentsTest.class.getResourceAsStream("/i18n/texts_da.properties")) {
            Properties danish = new Properties();
            danish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return danish.stringPropertyNames().stream()
                    .filter(k -> (k.startsWith("message.swap.") || k.startsWith("message.rota.")) && k.endsWith(".sms"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    @DisplayName("every pavilion and rota SMS template has a pinned cost")
    void everyTemplateIsPinned() throws IOException {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(smsKeys());
    }

    @Test
    @DisplayName("each pavilion and rota SMS takes the pinned encoding and number of segments, and has its link")
    void segments() {
        SoftAssertions.assertSoftly(softly -> EXPECTED.forEach((key, costs) -> costs.forEach((language, cost) -> {
            String text = Texts.text(language, key, arguments(key, language));
            SmsSegments sms = SmsSegments.of(text);
            softly.assertThat(text).contains(LINK);
            softly.assertThat(SmsCost.of(text)).as("%s in %s, %d units: %s", key, language,
                    sms.units(), text).isEqualTo(cost);
        })));
    }
}
