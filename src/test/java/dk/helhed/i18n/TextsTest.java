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

    private static Properties bundle(Language language) {
        String name = "/i18n/texts_" + language.tag() + ".properties";
        try (var in = TextsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    @DisplayName("every Danish key has a text in the other languages")
    void danishKeysExistInEveryLanguage(Language language) {
        assertThat(keys(language)).containsAll(keys(Language.DA));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "DA", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("every key of the other languages has a Danish text")
    void otherKeysExistInDanish(Language language) {
        assertThat(keys(Language.DA)).containsAll(keys(language));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "DA", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("every language uses Danish's arguments in each text (no language drops the link or the time)")
    void sameArgumentsAsDanish(Language language) {
        Properties da = bundle(Language.DA);
        Properties other = bundle(language);

        assertThat(da.stringPropertyNames()).allSatisfy(key -> assertThat(argumentIndexes(other.getProperty(key, "")))
                .as(key).isEqualTo(argumentIndexes(da.getProperty(key))));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("every text with arguments formats, and every argument appears in the result")
    void textsWithArgumentsFormat(Language language) {
        Properties bundle = bundle(language);
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
                    expected.add("«arg" + i + "»");
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
