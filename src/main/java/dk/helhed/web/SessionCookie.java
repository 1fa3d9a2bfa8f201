package dk.helhed.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The session cookie as it must be: {@code HttpOnly}, {@code SameSite=Lax} (a form on another site cannot carry a
 * signed-in session with it), and {@code Secure} when people reach Helhed over https. Payara honours web.xml's
 * {@code http-only} and the programmatic {@code Secure}, but not the {@code SameSite} attribute of either (its
 * Set-Cookie header came without it), so the header is mended here wherever a session can have been made or its id
 * changed: before the request goes on (the sign-in mechanism may have made one), the moment a page makes one, before
 * anything is sent (a redirect, an error, the first byte: signing in changes the session's id and then redirects),
 * and once more at the end while nothing has been sent.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
@WebListener
public class SessionCookie extends HttpFilter implements ServletContextListener {
    static final String NAME = "JSESSIONID=";

    @Inject
    PublicUrl publicUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(publicUrl.base().startsWith("https://"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        mend(response);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                HttpSession session = super.getSession(create);
                if (session != null && session.isNew()) {
                    mend(response);
                }
                return session;
            }

            @Override
            public HttpSession getSession() {
                return getSession(true);
            }

            @Override
            public String changeSessionId() {
                String id = super.changeSessionId();
                mend(response);
                return id;
            }
        }, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                mend(response);
                super.sendRedirect(location);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                mend(response);
                super.sendError(status, message);
            }

            @Override
            public void sendError(int status) throws IOException {
                mend(response);
                super.sendError(status);
            }

            @Override
            public void flushBuffer() throws IOException {
                mend(response);
                super.flushBuffer();
            }
        });
        mend(response);
    }

    private static void mend(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (cookies.stream().noneMatch(SessionCookie::needsMending)) {
            return;
        }
        List<String> mended = cookies.stream().map(c -> needsMending(c) ? c + "; SameSite=Lax" : c).toList();
        response.setHeader("Set-Cookie", mended.get(0));
        mended.stream().skip(1).forEach(c -> response.addHeader("Set-Cookie", c));
    }

    static boolean needsMending(String cookie) {
        return cookie.startsWith(NAME) && !cookie.toLowerCase(Locale.ROOT).contains("samesite=");
    }
}
