package dk.helhed.homework.control;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
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
 * What each SMS to a tutor costs at its longest: in Danish (tutors are written to in Danish), with the longest date
 * of 2027 twice, the longest demo place and the longest subject. A new template fails until its cost is pinned.
 * The default title has a colon, not a dash: an en dash is not GSM 7-bit and would make every SMS UCS-2.
 */
class HomeworkSmsSegmentsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String TITLE = "Lektiehjælp: Studieplaneten";
    private static final String PLACE = "Pavillonen Fælles Fremtid, Ellemarken";

    private static final Map<String, Integer> EXPECTED_DANISH_SEGMENTS = Map.of(
            "message.homework.tutor-cancelled.sms", 2,
            "message.homework.tutor-moved.sms", 2,
            "message.homework.tutor-released.sms", 2);

    private static String longestDate() {
        return LocalDate.of(2027, 1, 1).datesUntil(LocalDate.of(2028, 1, 1))
                .map(d -> Texts.when(Language.DA, d.atTime(LocalTime.of(15, 0)).atZone(ZONE).toInstant(), ZONE))
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
        assertThat(EXPECTED_DANISH_SEGMENTS.keySet()).containsExactlyInAnyOrderElementsOf(homeworkSmsKeys());
    }

    @Test
    @DisplayName("at its longest, each tutor SMS is GSM 7-bit in the pinned number of segments and names the place")
    void segments() {
        String when = longestDate();
        String subject = Texts.text(Language.DA, "subject.maths");
        SoftAssertions.assertSoftly(softly -> EXPECTED_DANISH_SEGMENTS.forEach((key, segments) -> {
            String text = Texts.text(Language.DA, key, TITLE, when, PLACE, subject, when);
            SmsSegments sms = SmsSegments.of(text);
            softly.assertThat(text).contains(TITLE, PLACE, subject);
            softly.assertThat(sms.encoding()).as(text).isEqualTo(SmsSegments.Encoding.GSM_7);
            softly.assertThat(sms.count()).as("%s, %d units: %s", key, sms.units(), text).isEqualTo(segments);
        }));
    }
}
