package dk.helhed.web;

import dk.helhed.i18n.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PageLanguageTest {

    /** A request with only what the language rules read: parameters, query string, Accept-Language, cookies. */
    private static final class Request {
        final Map<String, String> parameters = new HashMap<>();
        String query;
        String acceptLanguage;
        final List<Cookie> cookies = new ArrayList<>();

        Request parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        Request link(String query) {
            this.query = query;
            return this;
        }

        Request accepting(String header) {
            acceptLanguage = header;
            return this;
        }

        Request remembering(String tag) {
            cookies.add(new Cookie(RememberedLanguage.COOKIE, tag));
            return this;
        }

        HttpServletRequest servlet() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getParameter" -> parameters.get((String) args[0]);
                        case "getQueryString" -> query;
                        case "getHeader" -> "Accept-Language".equals(args[0]) ? acceptLanguage : null;
                        case "getLocales" -> Collections.enumeration(acceptLanguage == null ? List.of(Locale.getDefault())
                                : Locale.LanguageRange.parse(acceptLanguage).stream()
                                .map(r -> Locale.forLanguageTag(r.getRange())).toList());
                        case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(Cookie[]::new);
                        case "getContextPath" -> "";
                        case "isSecure" -> true;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static Language language(Request request) {
        PageLanguage page = new PageLanguage();
        page.request = request.servlet();
        return page.get();
    }

    @Test
    @DisplayName("no choice anywhere: Danish, even for a browser in a language Helhed does not speak")
    void danishByDefault() {
        assertThat(language(new Request())).isEqualTo(Language.DA);
        assertThat(language(new Request().accepting("fa-IR,ps;q=0.8"))).isEqualTo(Language.DA);
    }

    @Test
    @DisplayName("a browser asking for Arabic (ar-SA) gets Arabic")
    void acceptLanguage() {
        assertThat(language(new Request().accepting("ar-SA,ar;q=0.9,en;q=0.5"))).isEqualTo(Language.AR);
    }

    @Test
    @DisplayName("a remembered choice beats the browser's languages; a picked one beats both")
    void pickedThenRememberedThenBrowser() {
        var request = new Request().accepting("ar-SA").remembering("en");
        assertThat(language(request)).isEqualTo(Language.EN);
        assertThat(language(request.parameter("lang", "da"))).isEqualTo(Language.DA);
    }

    @Test
    @DisplayName("the page's suggestion (the appointment's language) beats a remembered choice, not a picked one")
    void suggestion() {
        var request = new Request().remembering("en");
        PageLanguage page = new PageLanguage();
        page.request = request.servlet();
        page.suggest(Language.AR);
        assertThat(page.get()).isEqualTo(Language.AR);

        request.parameter("lang", "en");
        assertThat(page.get()).isEqualTo(Language.EN);
    }

    @Test
    @DisplayName("an unknown ?lang= or cookie is ignored")
    void unknownTags() {
        assertThat(language(new Request().parameter("lang", "xx").remembering("<script>").accepting("en")))
                .isEqualTo(Language.EN);
    }

    @Test
    @DisplayName("the picker lists every language in itself and its own script, marking the current one")
    void choices() {
        PageLanguage page = new PageLanguage();
        page.request = new Request().parameter("lang", "ur").servlet();

        assertThat(page.getChoices()).containsExactly(
                new PageLanguage.Choice("da", "Dansk", "ltr", false),
                new PageLanguage.Choice("en", "English", "ltr", false),
                new PageLanguage.Choice("ar", "العربية", "rtl", false),
                new PageLanguage.Choice("so", "Soomaali", "ltr", false),
                new PageLanguage.Choice("tr", "Türkçe", "ltr", false),
                new PageLanguage.Choice("ur", "اردو", "rtl", true));
        assertThat(page.getDirection()).isEqualTo("rtl");
        assertThat(page.getTag()).isEqualTo("ur");
    }

    @Test
    @DisplayName("a Somali, Turkish or Urdu page is asked for as any other; its staff pages speak Danish")
    void newLanguages() {
        assertThat(language(new Request().parameter("lang", "so"))).isEqualTo(Language.SO);
        assertThat(language(new Request().remembering("tr"))).isEqualTo(Language.TR);
        assertThat(language(new Request().accepting("ur-PK,ur;q=0.9,en;q=0.5"))).isEqualTo(Language.UR);

        PageLanguage page = new PageLanguage();
        page.request = new Request().parameter("lang", "so").servlet();
        assertThat(page.staff()).isEqualTo(Language.DA);
        assertThat(page.getStaffChoices()).extracting(PageLanguage.Choice::tag).containsExactly("da", "en");
    }

    @Test
    @DisplayName("a language picked in a link is remembered in a cookie; a form's hidden field or a repeat is not")
    void remembering() throws Exception {
        assertThat(cookiesSetFor(new Request().link("place=soeparken&lang=ar"))).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo("helhed-lang");
            assertThat(c.getValue()).isEqualTo("ar");
            assertThat(c.getMaxAge()).isEqualTo(365 * 24 * 3600);
            assertThat(c.isHttpOnly()).isTrue();
        });
        assertThat(cookiesSetFor(new Request().parameter("lang", "ar"))).isEmpty();
        assertThat(cookiesSetFor(new Request().link("lang=ar").remembering("ar"))).isEmpty();
        assertThat(cookiesSetFor(new Request().link("lang=xx"))).isEmpty();
    }

    private static List<Cookie> cookiesSetFor(Request request) throws Exception {
        List<Cookie> set = new ArrayList<>();
        var response = (HttpServletResponse) Proxy.newProxyInstance(PageLanguageTest.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addCookie")) {
                        set.add((Cookie) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        new RememberedLanguage().doFilter(request.servlet(), response, (req, res) -> { });
        return set;
    }
}
