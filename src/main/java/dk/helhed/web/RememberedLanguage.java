package dk.helhed.web;

import dk.helhed.i18n.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Remembers the language a resident picked on a page, in a cookie, so that the next visit (say, next week's booking)
 * opens in it. Set here, before the page renders, because a cookie cannot be added once the response has begun.
 * The cookie holds only the language tag.
 */
@WebFilter(servletNames = "Faces")
public class RememberedLanguage extends HttpFilter {
    static final String COOKIE = "helhed-lang";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    static Optional<Language> in(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .findFirst().flatMap(c -> Language.fromTag(c.getValue()));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        pickedInLink(request).filter(picked -> in(request).filter(picked::equals).isEmpty())
                .ifPresent(picked -> response.addCookie(cookie(request, picked)));
        chain.doFilter(request, response);
    }

    /**
     * The language a link picks. Read from the query string, not with getParameter: parsing a form's parameters here,
     * before Faces sets the request's character encoding, would garble an Arabic or Danish name typed into it.
     */
    private static Optional<Language> pickedInLink(HttpServletRequest request) {
        String query = request.getQueryString();
        String prefix = PageLanguage.PARAMETER + "=";
        return query == null ? Optional.empty() : Arrays.stream(query.split("&")).filter(p -> p.startsWith(prefix))
                .findFirst().flatMap(p -> Language.fromTag(p.substring(prefix.length())));
    }

    private static Cookie cookie(HttpServletRequest request, Language language) {
        Cookie cookie = new Cookie(COOKIE, language.tag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
