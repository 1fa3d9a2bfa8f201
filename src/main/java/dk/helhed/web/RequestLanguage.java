package dk.helhed.web;

import dk.helhed.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Collections;

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
        return request.getHeader("Accept-Language") == null ? Language.DA
                : Language.firstSpoken(Collections.list(request.getLocales()));
    }

    public void use(Language language) {
        this.named = language;
    }
}
