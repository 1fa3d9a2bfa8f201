package dk.helhed.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a page names exists, in the bundle its readers' languages have: a resident's page reads the six-language
 * {@code t} (i18n/texts) only, so a Somali or Urdu page never shows a raw key; a staff page (Danish or English) may
 * also read {@code st} (i18n/staff). Read from the page sources, so a misspelt key fails here before any browser.
 */
class PageTextsTest {
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern RESIDENT_TEXT = Pattern.compile("\\bt\\['([^']+)'\\]");
    private static final Pattern STAFF_TEXT = Pattern.compile("\\bst\\['([^']+)'\\]");
    private static final Pattern TEXT_CALL = Pattern.compile("pageLanguage\\.text\\('([^']+)'\\)");

    private static Set<String> keys(String bundle) {
        try (var in = PageTextsTest.class.getResourceAsStream("/i18n/" + bundle + "_da.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.stringPropertyNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Set<String> named(Pattern pattern, String page) {
        Set<String> keys = new TreeSet<>();
        Matcher m = pattern.matcher(page);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** A staff page fixes its locale to Danish or English (pageLanguage.staffLocale). */
    private static boolean staffPage(String page) {
        return page.contains("pageLanguage.staffLocale");
    }

    @Test
    @DisplayName("every page names texts that exist, and residents' pages only texts every language has")
    void everyNamedTextExists() throws IOException {
        Set<String> residents = keys("texts");
        Set<String> staff = keys("staff");
        List<Path> pages = pages();
        assertThat(pages).hasSizeGreaterThan(40);
        int residentPages = 0;

        for (Path path : pages) {
            String page = Files.readString(path);
            assertThat(named(RESIDENT_TEXT, page)).as("t[...] in %s", path).isSubsetOf(residents);
            if (staffPage(page)) {
                Set<String> either = new TreeSet<>(residents);
                either.addAll(staff);
                assertThat(named(TEXT_CALL, page)).as("pageLanguage.text in %s", path).isSubsetOf(either);
                assertThat(named(STAFF_TEXT, page)).as("st[...] in %s", path).isSubsetOf(staff);
            } else {
                residentPages++;
                assertThat(named(STAFF_TEXT, page)).as("a staff text on %s, read in Somali too", path).isEmpty();
                assertThat(named(TEXT_CALL, page)).as("pageLanguage.text in %s", path).isSubsetOf(residents);
            }
        }
        assertThat(residentPages).as("residents' and volunteers' pages and fragments").isGreaterThan(20);
    }

    @Test
    @DisplayName("the pages a resident, a parent or a volunteer uses are in their language; staff pages in da or en")
    void residentsPagesFollowThePagesLanguage() throws IOException {
        Set<String> residents = Set.of("index.xhtml", "book.xhtml", "manage.xhtml", "events.xhtml", "event.xhtml",
                "event-signup.xhtml", "homework.xhtml", "pavilion.xhtml", "join.xhtml", "login.xhtml",
                "login-code.xhtml", "forgot-password.xhtml", "reset-password.xhtml", "verify-email.xhtml",
                "privacy.xhtml", "error.xhtml", "account/profile.xhtml", "account/second-factor.xhtml",
                "volunteer/shifts.xhtml", "volunteer/my-shifts.xhtml");
        for (String name : residents) {
            String page = Files.readString(PAGES.resolve(name));
            assertThat(page).as(name).contains("lang=\"#{pageLanguage.tag}\"", "dir=\"#{pageLanguage.direction}\"")
                    .doesNotContain("staffLocale");
        }
        for (Path path : pages()) {
            String name = PAGES.relativize(path).toString().replace('\\', '/');
            if (name.startsWith("coordinator/") || name.startsWith("admin/") || name.startsWith("staff/")
                    || name.startsWith("partner/")) {
                assertThat(staffPage(Files.readString(path))).as("%s is a staff page", name).isTrue();
            }
        }
    }
}
