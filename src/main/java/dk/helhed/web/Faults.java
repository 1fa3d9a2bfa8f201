package dk.helhed.web;

import dk.helhed.i18n.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Where the container sends every error it answers itself (web.xml's error pages): a role the request lacks, a path
 * nobody serves, an exception no page caught. Under {@code /api/} the answer is problem details like every other API
 * error; anywhere else it is the error page in the app's own layout and the person's language.
 */
@WebServlet(Faults.PATH)
public class Faults extends HttpServlet {
    static final String PATH = "/fault";
    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 409, 411, 413, 415, 429, 503);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        int status = status(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            Language language = RequestLanguage.of(request);
            response.resetBuffer();
            Problem.write(response, status, "problem." + status, language);
            return;
        }
        response.setStatus(status);
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }

    /** The status the container meant to send, narrowed to those the texts explain (a fault of ours is a 500). */
    static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        return EXPLAINED.contains(status) ? status : status >= 500 ? 500 : 400;
    }
}
