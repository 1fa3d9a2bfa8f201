package dk.helhed.i18n;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TextsTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** The staff pages' own texts are in Danish, English and Arabic; every other language answers with Danish's. */
    private static final Set<Language> STAFF_LANGUAGES = Set.of(Language.DA, Language.EN, Language.AR);

    /**
     * Texts that may read the same in another language as in Danish: formats, the languages' own names (each the
     * same in every file) and, in English, words the two languages share.
     */
    private static final Set<String> SAME_EVERYWHERE = Set.of("format.time", "list.separator", "page.book.week",
            "page.volunteer.skipped-one", "language.da", "language.en", "language.ar", "language.so", "language.tr",
            "language.ur");
    private static final Map<Language, Set<String>> SAME_AS_DANISH = Map.of(Language.EN, Set.of(
            "page.book.done.reference", "page.login.email", "page.forgot-password.submit",
            "page.invitation.organisation", "nav.coordinator.events", "nav.group.admin"),
            Language.TR, Set.of("subject.maths"));

    private static Properties bundle(Language language) {
        return bundle("texts", language).orElseThrow();
    }

    private static Optional<Properties> bundle(String base, Language language) {
        String name = "/i18n/" + base + "_" + language.tag() + ".properties";
        try (var in = TextsTest.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties staff(Language language) {
        return bundle("staff", language).orElseThrow();
    }

    private static Set<String> keys(Language language) {
        return new TreeSet<>(bundle(language).stringPropertyNames());
    }

    private static Set<Integer> argumentIndexes(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        return indexes;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "DA", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("every Danish text a resident or volunteer may read is in every language, and no other")
    void danishKeysExistInEveryLanguage(Language language) {
        assertThat(keys(language)).containsExactlyElementsOf(keys(Language.DA));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "DA", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("no text is left in Danish in another language, names and formats aside")
    void noTextLeftInDanish(Language language) {
        Properties da = bundle(Language.DA);
        Properties other = bundle(language);
        Set<String> allowed = SAME_AS_DANISH.getOrDefault(language, Set.of());

        assertThat(da.stringPropertyNames()).filteredOn(key -> !SAME_EVERYWHERE.contains(key) && !allowed.contains(key))
                .allSatisfy(key -> assertThat(other.getProperty(key)).as("%s in %s", key, language)
                        .isNotEqualTo(da.getProperty(key)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("no key is written twice in a file (the later would silently win)")
    void noKeyTwice(Language language) throws IOException {
        for (String base : List.of("texts", "staff")) {
            try (var in = TextsTest.class.getResourceAsStream("/i18n/" + base + "_" + language.tag() + ".properties")) {
                if (in == null) {
                    continue;
                }
                List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
                assertThat(keys).as("%s_%s", base, language.tag()).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    @DisplayName("the staff texts are in Danish, English and Arabic, apart from the residents' and volunteers'")
    void staffTexts() {
        Set<String> danish = new TreeSet<>(staff(Language.DA).stringPropertyNames());
        assertThat(danish).hasSizeGreaterThan(500).doesNotContainAnyElementsOf(keys(Language.DA));
        for (Language language : Language.values()) {
            assertThat(bundle("staff", language)).as("staff texts in %s", language)
                    .matches(b -> b.isPresent() == STAFF_LANGUAGES.contains(language));
        }
        assertThat(new TreeSet<>(staff(Language.EN).stringPropertyNames())).containsExactlyElementsOf(danish);
        assertThat(new TreeSet<>(staff(Language.AR).stringPropertyNames())).containsExactlyElementsOf(danish);
    }

    @Test
    @DisplayName("a staff-only answer asked for in Somali, Turkish or Urdu comes in Danish, as the staff pages do")
    void staffTextsFallBackToDanish() {
        String danish = Texts.text(Language.DA, "field.event.capacity.below-booked", 7);
        assertThat(danish).contains("7");
        for (Language language : List.of(Language.SO, Language.TR, Language.UR)) {
            assertThat(Texts.text(language, "field.event.capacity.below-booked", 7)).isEqualTo(danish);
        }
        assertThat(Texts.text(Language.EN, "field.event.capacity.below-booked", 7)).isNotEqualTo(danish);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "DA", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("every language uses Danish's arguments in each text (no language drops the link or the time)")
    void sameArgumentsAsDanish(Language language) {
        List<Properties[]> pairs = new ArrayList<>();
        pairs.add(new Properties[]{bundle(Language.DA), bundle(language)});
        if (STAFF_LANGUAGES.contains(language)) {
            pairs.add(new Properties[]{staff(Language.DA), staff(language)});
        }
        for (Properties[] pair : pairs) {
            assertThat(pair[0].stringPropertyNames()).allSatisfy(key -> assertThat(argumentIndexes(
                    pair[1].getProperty(key, ""))).as(key).isEqualTo(argumentIndexes(pair[0].getProperty(key))));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("every text with arguments formats, and every argument appears in the result")
    void textsWithArgumentsFormat(Language language) {
        Properties bundle = bundle(language);
        bundle("staff", language).ifPresent(bundle::putAll);
        List<String> withArguments = bundle.stringPropertyNames().stream()
                .filter(key -> !argumentIndexes(bundle.getProperty(key)).isEmpty()).sorted().toList();
        assertThat(withArguments).contains("field.name.long", "message.confirmation.sms", "message.reminder.email");

        for (String key : withArguments) {
            Format[] formats = new MessageFormat(bundle.getProperty(key), language.locale()).getFormatsByArgumentIndex();
            List<Object> args = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < formats.length; i++) {
                if (formats[i] instanceof NumberFormat) {
                    args.add(4242);
                } else if (formats[i] instanceof DateFormat) {
                    args.add(new Date(0));
                } else {
                    args.add("«arg" + i + "»");
                    if (argumentIndexes(bundle.getProperty(key)).contains(i)) {
                        expected.add("«arg" + i + "»");
                    }
                }
            }

            String text = Texts.text(language, key, args.toArray());

            assertThat(text).as("%s in %s", key, language).contains(expected).doesNotContain("{", "}");
        }
    }

    @Test
    @DisplayName("the bundles are read as UTF-8: æ, ø and å come through")
    void danishLettersSurvive() {
        assertThat(Texts.text(Language.DA, "status.400")).isEqualTo("Ugyldig forespørgsel");
        assertThat(Texts.text(Language.DA, "field.date.invalid")).isEqualTo("Datoen skal skrives som ÅÅÅÅ-MM-DD.");
    }

    @Test
    @DisplayName("a number argument is formatted: the name limit is 100 in Danish and English")
    void numberArgument() {
        assertThat(Texts.text(Language.DA, "field.name.long", 100)).isEqualTo("Navnet må højst være 100 tegn.");
        assertThat(Texts.text(Language.EN, "field.name.long", 100)).isEqualTo("The name can be at most 100 characters.");
    }

    @Test
    @DisplayName("Arabic numbers are written with Western digits, like phone numbers and references")
    void arabicNumberArgument() {
        assertThat(Texts.text(Language.AR, "field.name.long", 100)).isEqualTo("يجب ألا يزيد عدد أحرف الاسم على 100.");
    }

    @Test
    @DisplayName("an Arabic moment has Arabic day and month names and Western digits")
    void arabicMoment() {
        var wednesday = Instant.parse("2027-09-29T13:00:00Z");

        assertThat(Texts.when(Language.AR, wednesday, COPENHAGEN)).isEqualTo("الأربعاء 29 سبتمبر الساعة 15:00");
        assertThat(Texts.when(Language.AR, wednesday.plus(Duration.ofDays(63)), COPENHAGEN))
                .isEqualTo("الأربعاء 1 ديسمبر الساعة 14:00");
    }

    @Test
    @DisplayName("Danish and English moments, as a resident reads them")
    void danishAndEnglishMoments() {
        var wednesday = Instant.parse("2027-09-29T13:00:00Z");

        assertThat(Texts.when(Language.DA, wednesday, COPENHAGEN)).isEqualTo("onsdag d. 29. september kl. 15:00");
        assertThat(Texts.when(Language.EN, wednesday, COPENHAGEN)).isEqualTo("Wednesday 29 September at 15:00");
    }

    @Test
    @DisplayName("a text without arguments is returned as written, quotes included")
    void noArguments() {
        assertThat(Texts.text(Language.EN, "format.datetime")).isEqualTo("EEEE d MMMM 'at' HH:mm");
    }

    @Test
    @DisplayName("an unknown key is a programming error naming the key")
    void unknownKey() {
        assertThatIllegalStateException().isThrownBy(() -> Texts.text(Language.DA, "no.such.key"))
                .withMessageContaining("no.such.key");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("the format.* texts are valid date-time patterns")
    void dateTimePatterns(Language language) {
        var moment = ZonedDateTime.of(2027, 3, 28, 10, 0, 0, 0, ZoneOffset.ofHours(2));
        assertThat(keys(language)).filteredOn(key -> key.startsWith("format.")).isNotEmpty()
                .allSatisfy(key -> assertThat(DateTimeFormatter.ofPattern(Texts.text(language, key), language.locale())
                        .format(moment)).isNotBlank());
    }

    @Test
    @DisplayName("a span on a page: no break inside the date or the time, the times isolated left to right")
    void spanOnAPage() {
        var start = Instant.parse("2027-09-29T13:00:00Z");
        var end = start.plus(Duration.ofMinutes(45));

        assertThat(Texts.span(Language.DA, start, end, COPENHAGEN))
                .isEqualTo("onsdag\u00A0d.\u00A029.\u00A0september kl.\u00A0\u206615:00\u2060–\u206015:45\u2069");
        assertThat(Texts.span(Language.AR, start, end, COPENHAGEN))
                .isEqualTo("الأربعاء\u00A029\u00A0سبتمبر الساعة\u00A0\u206615:00\u2060–\u206015:45\u2069")
                .as("one break, between the date and the time").containsOnlyOnce(" ");
    }

    @Test
    @DisplayName("lists take the language's comma: Arabic's is ،")
    void lists() {
        assertThat(Texts.list(Language.DA, List.of("Dansk", "English"))).isEqualTo("Dansk, English");
        assertThat(Texts.list(Language.AR, List.of("Dansk", "English"))).isEqualTo("Dansk، English");
    }
}
