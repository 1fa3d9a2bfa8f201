package dk.helhed.appointments.control;

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
 * What each SMS template costs at its longest, in each language: segments are billed one by one and a text split
 * in three is harder to read. Danish and English must stay GSM 7-bit in at most two segments; Arabic is UCS-2.
 * The arguments are those {@link AppointmentMessages} gives ({0} place, {1} time, {2} reference, {3} link, {4} end
 * time, {5} street and number, {6} map link, {7} the rest of the address), at their longest: the longest demo place name, the year's longest date, a manage link on a real-looking host; the
 * code SMS gets a code and its lifetime.
 */
class AppointmentSmsSegmentsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String PLACE = "Pavillonen Fælles Fremtid, Ellemarken";
    private static final String REFERENCE = "H-ABCDEFGH";
    private static final String LINK = "https://helhed.example.dk/manage?t=" + "x".repeat(22);
    private static final String STREET = "Karlemoseparken 112";
    private static final String MAP = "https://www.openstreetmap.org/search?query=Karlemoseparken+112%2C+4600+K%C3%B8ge";

    /**
     * Every message.<kind>.sms template of appointments, in every language (the other capabilities pin theirs:
     * EventSmsSegmentsTest, HomeworkSmsSegmentsTest, ShiftSmsSegmentsTest, PavilionSmsSegmentsTest). A new
     * template fails the test until its cost is written here.
     */
    private static final Map<String, Map<Language, SmsCost>> EXPECTED = Map.of(
            "message.confirmation.sms", costs(2, 2, 3, 2, 3, 3),
            "message.reminder.sms", costs(2, 2, 3, 2, 3, 3),
            "message.reminder_soon.sms", costs(2, 2, 3, 2, 3, 3),
            "message.change.sms", costs(2, 2, 3, 2, 3, 3),
            // at the longest date, "12 Haziran Cumartesi", a Turkish cancellation has no letter outside GSM 7-bit
            "message.cancellation.sms", SmsCost.except(costs(1, 1, 2, 1, 2, 2), Language.TR, new SmsCost(GSM_7, 1)),
            "message.verification.sms", costs(1, 1, 1, 1, 1, 1));

    /** The code SMS has its own arguments: the code and its lifetime in minutes. */
    private static final String CODE = "123456";

    private static Object[] arguments(String key, Language language) {
        return key.equals("message.verification.sms") ? new Object[]{CODE, 10L}
                : new Object[]{PLACE, longestDate(language), REFERENCE, LINK, "15:45", Texts.afterName(language, STREET), MAP,
                        STREET + ", 4600 Køge"};
    }

    private static String[] mustContain(String key) {
        return switch (key) {
            case "message.verification.sms" -> new String[]{CODE};
            case "message.cancellation.sms" -> new String[]{PLACE, REFERENCE};
            default -> new String[]{PLACE, STREET, "15:45", REFERENCE, LINK};
        };
    }

    /** The longest way {@link Texts#when} writes an afternoon of 2027 in this language. */
    static String longestDate(Language language) {
        return LocalDate.of(2027, 1, 1).datesUntil(LocalDate.of(2028, 1, 1))
                .map(day -> Texts.when(language, day.atTime(LocalTime.of(15, 0)).atZone(ZONE).toInstant(), ZONE))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static Set<String> smsKeys() throws IOException {
        try (var in = AppointmentSmsSegmentsTest.class.getResourceAsStream("/i18n/texts_da.properties")) {
            Properties danish = new Properties();
            danish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return danish.stringPropertyNames().stream()
                    // the appointments' own templates: message.<kind>.sms (events, homework, rota... pin theirs)
                    .filter(k -> k.matches("message\\.[a-z_]+\\.sms"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    @DisplayName("the longest dates of the year are as long as a Tuesday (da), a Wednesday (en, ar) in late September")
    void longestDates() {
        assertThat(longestDate(DA)).hasSameSizeAs("tirsdag d. 28. september kl. 15:00");
        assertThat(longestDate(EN)).hasSameSizeAs("Wednesday 29 September at 15:00");
        assertThat(longestDate(AR)).hasSameSizeAs("الأربعاء 29 سبتمبر الساعة 15:00");
    }

    @Test
    @DisplayName("every SMS template has a pinned cost in every language")
    void everyTemplateIsPinned() throws IOException {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(smsKeys());
        assertThat(EXPECTED.values()).allSatisfy(costs -> assertThat(costs).containsOnlyKeys(Language.values()));
    }

    @Test
    @DisplayName("at its longest, each SMS template takes the pinned encoding and number of segments")
    void segmentsAtTheLongest() {
        SoftAssertions.assertSoftly(softly -> EXPECTED.forEach((key, costs) -> costs.forEach((language, cost) -> {
            String text = Texts.text(language, key, arguments(key, language));
            SmsSegments sms = SmsSegments.of(text);

            softly.assertThat(text).contains(mustContain(key));
            softly.assertThat(SmsCost.of(text)).as("%s in %s, %d units: %s", key, language,
                    sms.units(), text).isEqualTo(cost);
        })));
    }

    @Test
    @DisplayName("Danish and English SMS never take more than two segments, nor leave GSM 7-bit")
    void danishAndEnglishAreCheap() {
        EXPECTED.values().forEach(costs -> {
            assertThat(costs.get(DA)).isIn(new SmsCost(GSM_7, 1), new SmsCost(GSM_7, 2));
            assertThat(costs.get(EN)).isIn(new SmsCost(GSM_7, 1), new SmsCost(GSM_7, 2));
        });
    }

    @Test
    @DisplayName("a reminder or a code SMS never takes more than three segments, in any language")
    void remindersAndCodesFitInThreeSegments() {
        for (String key : java.util.List.of("message.reminder.sms", "message.reminder_soon.sms", "message.verification.sms")) {
            assertThat(EXPECTED.get(key)).as(key).containsOnlyKeys(Language.values())
                    .allSatisfy((language, cost) -> assertThat(cost.segments()).as("%s in %s", key, language)
                            .isLessThanOrEqualTo(3));
        }
    }
}
