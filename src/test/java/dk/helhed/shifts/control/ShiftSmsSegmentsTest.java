package dk.helhed.shifts.control;

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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
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
 * What each shift SMS costs at its longest. Volunteers are written to in Danish (the others are pinned too, for the
 * day they choose a language): Danish must stay GSM 7-bit in at most two segments. The arguments are those
 * {@link ShiftMessages} gives ({0} place, {1} start, {2} end time, {3} link to "my shifts"), at their longest; the
 * confirmation of several shifts taken at once gets {0} how many, {1} the first start, {2} the last, {3} the place,
 * {4} the link.
 */
class ShiftSmsSegmentsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String PLACE = "Pavillonen Fælles Fremtid, Ellemarken";
    private static final String LINK = "https://helhed.example.dk/volunteer/my-shifts";

    private static final Map<String, Map<Language, SmsCost>> EXPECTED = Map.of(
            "message.shift.confirmation.sms", costs(2, 2, 3, 2, 3, 3),
            "message.shift.reminder.sms", costs(2, 2, 3, 2, 3, 3),
            "message.shift.cancellation.sms", costs(2, 2, 3, 2, 3, 3),
            "message.shift.several.sms", costs(2, 2, 3, 2, 3, 3));

    private static Object[] arguments(String key, Language language) {
        return key.equals("message.shift.several.sms")
                ? new Object[]{48, longestDate(language), longestDate(language), PLACE, LINK}
                : new Object[]{PLACE, longestDate(language), "17:00", LINK};
    }

    static String longestDate(Language language) {
        return LocalDate.of(2027, 1, 1).datesUntil(LocalDate.of(2028, 1, 1))
                .map(day -> Texts.when(language, day.atTime(LocalTime.of(15, 0)).atZone(ZONE).toInstant(), ZONE))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static Set<String> smsKeys() throws IOException {
        try (var in = ShiftSmsSegmentsTest.class.getResourceAsStream("/i18n/texts_da.properties")) {
            Properties danish = new Properties();
            danish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return danish.stringPropertyNames().stream()
                    .filter(k -> k.startsWith("message.shift.") && k.endsWith(".sms"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    @DisplayName("every shift SMS template has a pinned cost in every language")
    void everyTemplateIsPinned() throws IOException {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(smsKeys());
        assertThat(EXPECTED.values()).allSatisfy(costs -> assertThat(costs).containsOnlyKeys(Language.values()));
    }

    @Test
    @DisplayName("at its longest, each shift SMS takes the pinned encoding and number of segments")
    void segmentsAtTheLongest() {
        SoftAssertions.assertSoftly(softly -> EXPECTED.forEach((key, costs) -> costs.forEach((language, cost) -> {
            String text = Texts.text(language, key, arguments(key, language));
            SmsSegments sms = SmsSegments.of(text);

            softly.assertThat(text).contains(PLACE, LINK);
            softly.assertThat(SmsCost.of(text)).as("%s in %s, %d units: %s", key, language,
                    sms.units(), text).isEqualTo(cost);
        })));
    }

    @Test
    @DisplayName("Danish shift SMS, the ones volunteers get, stay GSM 7-bit in at most two segments")
    void danishIsCheap() {
        EXPECTED.values().forEach(costs ->
                assertThat(costs.get(DA)).isIn(new SmsCost(GSM_7, 1), new SmsCost(GSM_7, 2)));
    }

    @Test
    @DisplayName("a shift reminder never takes more than three segments, in any language")
    void remindersAndCodesFitInThreeSegments() {
        for (String key : java.util.List.of("message.shift.reminder.sms")) {
            assertThat(EXPECTED.get(key)).as(key).containsOnlyKeys(Language.values())
                    .allSatisfy((language, cost) -> assertThat(cost.segments()).as("%s in %s", key, language)
                            .isLessThanOrEqualTo(3));
        }
    }
}
