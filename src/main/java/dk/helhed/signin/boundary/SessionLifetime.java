package dk.helhed.signin.boundary;

import dk.helhed.signin.control.SignInAccounts;
import dk.helhed.web.Problem;
import dk.helhed.web.RequestLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a signed-in session stands. Besides the 30 idle minutes (web.xml), a session ends
 * {@code helhed.session.absolute-hours} (12) after its sign-in however busy it is, and at once when the account's
 * password is changed or reset (the account's sessions' number moves on; the session that changed it moves with it,
 * {@link #renew}) or the account is deactivated. An ended session is signed out: a page goes to the sign-in page and
 * comes back, an API call gets 401. The lifetime is in real time (the wall clock), not the plan's adjustable clock:
 * it is about how long a sign-in may have been left open.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionLifetime extends HttpFilter {
    static final String VERSION = SessionLifetime.class.getName() + ".version";
    private static final String BEGAN = SessionLifetime.class.getName() + ".began";

    @Inject
    SignInAccounts accounts;

    @Inject
    @ConfigProperty(name = "helhed.session.absolute-hours", defaultValue = "12")
    long absoluteHours;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null && !stands(request, session)) {
            request.logout();
            session.invalidate();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                Problem.write(response, 401, "problem.session-ended", RequestLanguage.of(request));
            } else {
                String here = request.getRequestURI().substring(request.getContextPath().length());
                response.sendRedirect(request.getContextPath() + "/login?next="
                        + URLEncoder.encode("GET".equals(request.getMethod()) ? here : "/", StandardCharsets.UTF_8)
                        + "&ended=true");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stands(HttpServletRequest request, HttpSession session) {
        String email = request.getUserPrincipal().getName();
        if (!(session.getAttribute(BEGAN) instanceof Instant began)
                || !(session.getAttribute(VERSION) instanceof Integer version)) {
            // only the request that signed in (with credentials in it) may begin a session, with the number its
            // sign-in saw; a signed-in session that never began here (made before this check existed) has ended
            return begin(request, session);
        }
        if (outlived(began, Instant.now(), Duration.ofHours(absoluteHours))) {
            return false;
        }
        var current = accounts.sessionsVersion(email);
        return current.isPresent() && current.getAsInt() == version;
    }

    /**
     * The session of a sign-in just made begins: now, with the account's sessions' number the sign-in saw (the
     * mechanism leaves it on the request). The sign-in page calls this right after signing in, so a session left
     * unused cannot pick up a newer number later. False when the request carries no sign-in.
     */
    static boolean begin(HttpServletRequest request, HttpSession session) {
        if (!(request.getAttribute(VERSION) instanceof Integer version) || session == null) {
            return false;
        }
        session.setAttribute(BEGAN, Instant.now());
        session.setAttribute(VERSION, version);
        return true;
    }

    static boolean outlived(Instant began, Instant now, Duration lifetime) {
        return !began.plus(lifetime).isAfter(now);
    }

    /** The session that changed its own password stands: it carries the account's new number. */
    static void renew(HttpSession session, int version) {
        if (session != null) {
            session.setAttribute(VERSION, version);
        }
    }
}
