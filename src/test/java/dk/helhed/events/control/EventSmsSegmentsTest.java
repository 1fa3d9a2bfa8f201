package dk.helhed.events.control;

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
import java.util.ArrayList;
import java.util.List;
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
 * What each event SMS costs with realistic long arguments ({0} title, {1} time, {2} place, {3} reference, then what
 * the kind adds: a link, the coordinator's words, a waitlist position or an offer's deadline, the time it had; then
 * the end time, the street and number, a map link and the rest of the address, as {@link SignupMessages} gives
 * them), in each language. A new template fails the
 * test until its cost is written here; Danish and English stay GSM 7-bit. Arabic ones with a link take four UCS-2
 * segments: the Danish title, place and link alone fill more than two.
 */
class EventSmsSegmentsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final Instant WEDNESDAY_SEPTEMBER = Instant.parse("2027-09-29T13:00:00Z");
    private static final String TITLE = "Køges Kvindenetværk: Fællesspisning";
    private static final String PLACE = "Pavillonen Fælles Fremtid, Ellemarken";
    private static final String REFERENCE = "T-ABCDEFGH";
    private static final String LINK = "https://helhed.example.dk/event-signup?t=" + "x".repeat(22);
    private static final String WORDS = "Husk at tage en ret med.";
    private static final String STREET = "Karlemoseparken 112";
    private static final String MAP = "https://www.openstreetmap.org/search?query=Karlemoseparken+112%2C+4600+K%C3%B8ge";

    private static final Map<String, Map<Language, SmsCost>> EXPECTED = Map.of(
            "message.event.confirmation.sms", costs(2, 2, 4, 2, 4, 4),
            "message.event.reminder.sms", costs(2, 2, 3, 2, 3, 3),
            "message.event.waitlisted.sms", costs(2, 2, 4, 3, 4, 4),
            "message.event.offer.sms", costs(2, 2, 4, 2, 4, 4),
            "message.event.cancellation.sms", costs(1, 1, 3, 2, 3, 3),
            "message.event.event-cancelled.sms", costs(1, 1, 3, 2, 3, 2),
            "message.event.announcement.sms", costs(1, 1, 3, 2, 3, 3),
            "message.event.moved.sms", costs(2, 2, 3, 2, 3, 3),
            "message.event.moved-reminder.sms", costs(2, 1, 3, 2, 3, 3));


    private static Object[] arguments(String key, Language language) {
        String when = Texts.when(language, WEDNESDAY_SEPTEMBER, ZONE);
        String kind = key.substring("message.event.".length(), key.length() - ".sms".length());
        List<Object> added = switch (kind) {
            case "confirmation", "reminder" -> List.of(LINK);
            case "waitlisted" -> List.of(LINK, "12");
            case "offer" -> List.of(LINK, when);
            case "announcement" -> List.of(WORDS);
            case "moved" -> List.of(Texts.when(language, WEDNESDAY_SEPTEMBER.minusSeconds(86_400), ZONE));
            default -> List.of();
        };
        List<Object> args = new ArrayList<>(List.of(TITLE, when, PLACE, REFERENCE));
        args.addAll(added);
        args.addAll(List.of("19:00", Texts.afterName(language, STREET), MAP, STREET + ", 4600 Køge",
                Texts.time(language, WEDNESDAY_SEPTEMBER, ZONE)));
        return args.toArray();
    }

    private static Set<String> eventSmsKeys() throws IOException {
        try (var in = EventSmsSegmentsTest.class.getResourceAsStream("/i18n/texts_da.properties")) {
            Properties danish = new Properties();
            danish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return danish.stringPropertyNames().stream()
                    .filter(k -> k.startsWith("message.event.") && k.endsWith(".sms"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    @DisplayName("every event SMS template has a pinned cost")
    void everyTemplateIsPinned() throws IOException {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(eventSmsKeys());
    }

    @Test
    @DisplayName("each event SMS takes the pinned encoding and number of segments, and names the reference or link")
    void segments() {
        SoftAssertions.assertSoftly(softly -> EXPECTED.forEach((key, costs) -> costs.forEach((language, cost) -> {
            String text = Texts.text(language, key, arguments(key, language));
            SmsSegments sms = SmsSegments.of(text);
            // the evening-before reminder names the time and the place, and links to the sign-up (whose page has the
            // reference): with the reference too, it would not fit three UCS-2 segments in Arabic, Turkish or Urdu
            softly.assertThat(text).contains(key.equals("message.event.reminder.sms")
                    ? new String[]{TITLE, PLACE, STREET, LINK} : new String[]{REFERENCE});
            softly.assertThat(SmsCost.of(text)).as("%s in %s, %d units: %s", key, language,
                    sms.units(), text).isEqualTo(cost);
        })));
    }

    @Test
    @DisplayName("an event reminder never takes more than three segments, in any language")
    void remindersAndCodesFitInThreeSegments() {
        for (String key : java.util.List.of("message.event.reminder.sms", "message.event.moved-reminder.sms")) {
            assertThat(EXPECTED.get(key)).as(key).containsOnlyKeys(Language.values())
                    .allSatisfy((language, cost) -> assertThat(cost.segments()).as("%s in %s", key, language)
                            .isLessThanOrEqualTo(3));
        }
    }
}
