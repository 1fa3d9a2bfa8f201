package dk.helhed.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The headers every answer carries, set before anything is written. Helhed's pages run no script at all, so the
 * policy allows scripts and styles from Helhed only (no inline ones); nothing may frame a page; no address is passed
 * on to another site (the manage link of a booking carries its token in the address). Nothing but the style sheet
 * and its images may be kept by a browser or a proxy: pages and API answers carry names, phone numbers and bookings.
 * HSTS when people reach Helhed over https ({@code helhed.public-base-url}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String STATIC = "/jakarta.faces.resource/";

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (publicUrl.base().startsWith("https://")) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + STATIC)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
