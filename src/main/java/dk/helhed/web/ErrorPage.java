package dk.helhed.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The error page ({@link Faults} forwards to it): what happened in the person's words, and ways on that lead
 * somewhere real: home, and for a page they may not see, signing in as someone else and back to that page.
 */
@Named
@RequestScoped
public class ErrorPage {
    @Inject
    HttpServletRequest request;

    public int getStatus() {
        return Faults.status(request);
    }

    /** The text keys' suffix: 403, 404, 413 (also for a body of unknown length), 500 or, for anything else, 400. */
    public String getKind() {
        int status = getStatus();
        if (status == 411 || status == 413) {
            return "413";
        }
        return status == 403 || status == 404 || status >= 500 ? String.valueOf(status >= 500 ? 500 : status)
                : "400";
    }

    /** The login page, coming back to the page that was refused. */
    public String getSignInAgain() {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String context = request.getContextPath();
        String next = uri == null || !uri.startsWith(context + "/") ? "" : uri.substring(context.length());
        return context + "/login" + (next.isEmpty() ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
}
