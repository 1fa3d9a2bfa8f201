package dk.helhed.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

import java.io.IOException;

/**
 * Nothing Helhed is sent is large (a booking, a form, a profile): a body over {@code helhed.request.max-bytes}
 * (64 KiB) is refused with 413 without being parsed or kept, and a body of unknown length with 411, so no request
 * can make the server hold megabytes. The refusal is the container's error answer: problem details under /api/, the
 * error page elsewhere ({@link Faults}). Before answering, up to 1 MiB of the body is read and thrown away: over
 * HTTP/2 a client cannot finish sending (nor read the answer) while the server leaves the stream's window full
 * (seen: a 70 KB body waited 30 s for nothing); beyond that, the connection may be cut.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSize extends HttpFilter {
    private static final long DISCARD_AT_MOST = 1 << 20;

    @Inject
    @ConfigProperty(name = "helhed.request.max-bytes", defaultValue = "65536")
    long maxBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            discard(request);
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void discard(HttpServletRequest request) {
        byte[] buffer = new byte[8192];
        long left = DISCARD_AT_MOST;
        try (var body = request.getInputStream()) {
            for (int read; left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= read;
            }
        } catch (IOException cutOff) {
            // the client stopped sending: the answer is the same
        }
    }
}
