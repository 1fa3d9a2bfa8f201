package dk.helhed.homework.control;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each SMS to a tutor costs at its longest, in each language (a tutor is written to in the language their account
 * was made in), with the longest date of 2027 twice, the longest demo place and the longest subject. A new template
 * fails until its cost is pinned.
 * The default title has a colon, not a dash: an en dash is not GSM 7-bit and would make every SMS UCS-2.
 */
class HomeworkSmsSegmentsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String TITLE = "Lektiehjælp: Studieplaneten";
    private static final String PLACE = "Pavillonen Fælles Fremtid, Ellemarken";

    private static final Map<String, Map<Language, SmsCost>> EXPECTED = Map.of(
            "message.homework.tutor-cancelled.sms", SmsCost.costs(2, 2, 3, 2, 3, 3),
            "message.homework.tutor-moved.sms", SmsCost.costs(2, 2, 4, 2, 4, 3),
            "message.homework.tutor-released.sms", SmsCost.costs(2, 2, 4, 2, 4, 3));

    private static String longestDate(Language language) {
        return LocalDate.of(2027, 1, 1).datesUntil(LocalDate.of(2028, 1, 1))
                .map(d -> Texts.when(language, d.atTime(LocalTime.of(15, 0)).atZone(ZONE).toInstant(), ZONE))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static Set<String> homeworkSmsKeys() throws IOException {
        try (var in = HomeworkSmsSegmentsTest.class.getResourceAsStream("/i18n/texts_da.properties")) {
            Properties danish = new Properties();
            danish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return danish.stringPropertyNames().stream()
                    .filter(k -> k.startsWith("message.homework.") && k.endsWith(".sms"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    @DisplayName("every tutor SMS template has a pinned cost")
    void everyTemplateIsPinned() throws IOException {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(homeworkSmsKeys());
        assertThat(EXPECTED.values()).allSatisfy(costs -> assertThat(costs).containsOnlyKeys(Language.values()));
    }

    @Test
    @DisplayName("at its longest, each tutor SMS takes the pinned encoding and segments, and names the place")
    void segments() {
        SoftAssertions.assertSoftly(softly -> EXPECTED.forEach((key, costs) -> costs.forEach((language, cost) -> {
            String when = longestDate(language);
            String subject = Texts.text(language, "subject.maths");
            String text = Texts.text(language, key, TITLE, when, PLACE, subject, when);
            softly.assertThat(text).contains(TITLE, PLACE, subject);
            softly.assertThat(SmsCost.of(text)).as("%s in %s, %d units: %s", key, language,
                    SmsSegments.of(text).units(), text).isEqualTo(cost);
        })));
    }

    @Test
    @DisplayName("Danish tutor SMS stay GSM 7-bit in at most two segments")
    void danishIsCheap() {
        EXPECTED.values().forEach(costs -> assertThat(costs.get(Language.DA).segments()).isLessThanOrEqualTo(2));
    }
}
