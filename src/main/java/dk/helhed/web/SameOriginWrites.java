package dk.helhed.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * The API's guard against cross-site requests. A browser adds the session cookie (and HTTP Basic credentials it
 * remembers) to a form another site makes it post, so a change whose {@code Origin} is another site is refused (403),
 * and a change made with a session (not with credentials in the request) is obeyed only when the request says it comes
 * from Helhed's own pages ({@code Origin}, else {@code Referer}, at {@code helhed.public-base-url}). And a change to the API comes as JSON or with no body at all: a form's or a plain text's body gets 415, so a
 * form cannot pass for an API client. Twilio's status callbacks are forms, and are signed. Pages keep Faces' own
 * protection (a form is accepted only with the view state it was rendered with).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class SameOriginWrites extends HttpFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final String FORM_CALLBACKS = "/api/v1/twilio/";

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (fromAnotherSite(request) || request.getUserPrincipal() != null
                && request.getHeader("Authorization") == null && !fromOurPages(request)) {
            Problem.write(response, 403, "problem.cross-site", RequestLanguage.of(request));
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(FORM_CALLBACKS) && hasBody(request) && !isJson(request.getContentType())) {
            Problem.write(response, 415, "problem.415", RequestLanguage.of(request));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A browser says where a request comes from; a program does not. Another site's page is refused even with
     * credentials in the request: a browser also sends the HTTP Basic credentials it remembers.
     */
    private boolean fromAnotherSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return "cross-site".equals(request.getHeader("Sec-Fetch-Site"))
                || origin != null && !origin.isBlank() && !origin(origin).equals(origin(publicUrl.base()));
    }

    private boolean fromOurPages(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            origin = request.getHeader("Referer");
        }
        return origin != null && origin(origin).equals(origin(publicUrl.base()));
    }

    /** Scheme, host and port, lower case: {@code https://helhed.koege.dk:443/x} and {@code https://HELHED.koege.dk}
     * are the same origin. An address that cannot be read is no origin at all. */
    static String origin(String address) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = uri.getScheme().toLowerCase();
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase() + ":" + port;
        } catch (IllegalArgumentException unreadable) {
            return "";
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase();
        return type.equals("application/json") || type.endsWith("+json") && type.startsWith("application/");
    }
}
