package dk.helhed.web;

import dk.helhed.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Locale;

/**
 * The language to answer this request in: the one the request names (a booking's {@code language}), else the first
 * of Accept-Language that Helhed speaks, else Danish.
 */
@RequestScoped
public class RequestLanguage {
    @Inject
    HttpServletRequest request;

    private Language named;

    public Language get() {
        if (named != null) {
            return named;
        }
        return of(request);
    }

    /** The first of the request's Accept-Language that Helhed speaks, else Danish (also without a header). */
    public static Language of(HttpServletRequest request) {
        return Language.firstSpoken(preferred(request));
    }

    /**
     * The languages of Accept-Language, most wanted first, without the wildcard: the container's own list
     * ({@code getLocales()}) answers "*" or a header it cannot read with the server's locale, which would make a
     * client that accepts anything get English instead of Danish.
     */
    public static List<Locale> preferred(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream().map(Locale.LanguageRange::getRange)
                    .filter(range -> !range.startsWith("*")).map(Locale::forLanguageTag).toList();
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }

    public void use(Language language) {
        this.named = language;
    }
}
