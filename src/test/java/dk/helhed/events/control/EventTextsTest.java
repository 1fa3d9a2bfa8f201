package dk.helhed.events.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Each language's events block has exactly the Danish block's keys, and the same arguments in each text. */
class EventTextsTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties load(String name, boolean eventsBlockOnly) {
        try (InputStream in = EventTextsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (eventsBlockOnly) {
                text = text.substring(text.indexOf("\n# events\n"));
            }
            Properties p = new Properties();
            p.load(new StringReader(text));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        return indexes;
    }

    @Test
    @DisplayName("the Arabic events texts have the Danish events block's keys and arguments, no more, no less")
    void arabicMatchesDanish() {
        Properties da = load("/i18n/texts_da.properties", true);
        Properties ar = load("/i18n/texts_ar.properties", true);

        assertThat(ar.stringPropertyNames()).isEqualTo(da.stringPropertyNames());
        assertThat(da.stringPropertyNames()).allSatisfy(key ->
                assertThat(arguments(ar.getProperty(key))).as(key).isEqualTo(arguments(da.getProperty(key))));
    }

    @Test
    @DisplayName("the English events block has the same keys as the Danish one")
    void englishMatchesDanish() {
        assertThat(load("/i18n/texts_en.properties", true).stringPropertyNames())
                .isEqualTo(load("/i18n/texts_da.properties", true).stringPropertyNames());
    }
}
