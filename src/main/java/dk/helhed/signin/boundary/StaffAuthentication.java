package dk.helhed.signin.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.signin.control.SignInAccounts;
import dk.helhed.web.ClientAddress;
import dk.helhed.web.Problem;
import dk.helhed.web.RequestLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * How staff sign in. People use the login page, which keeps them signed in for the session; programs send HTTP Basic
 * credentials with each API call. A protected page sends a stranger to the login page; a protected API call answers
 * 401 with a problem body. Failed attempts count against the sign-in limits, per account and address. A sign-in
 * leaves the account's sessions' number on the request, for the session to begin with ({@link SessionLifetime}).
 */
@ApplicationScoped
@AutoApplySession
public class StaffAuthentication implements HttpAuthenticationMechanism {
    @Inject
    SignInAccounts accounts;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SignInLimits limits;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential given = context.getAuthParameters().getCredential();
        if (given == null) {
            given = basic(request);
        }
        if (given instanceof UsernamePasswordCredential credential) {
            String from = clientAddress.of(request);
            if (limits.blocked(credential.getCaller(), from)) {
                return refuse(request, response, context, 429);
            }
            var signedIn = accounts.check(credential.getCaller(), credential.getPasswordAsString());
            if (signedIn.isPresent()) {
                request.setAttribute(SessionLifetime.VERSION, signedIn.get().sessionsVersion());
                return context.notifyContainerAboutLogin(signedIn.get().email(), signedIn.get().groups());
            }
            limits.failed(credential.getCaller(), from);
            return refuse(request, response, context, 401);
        }
        if (context.isProtected()) {
            if (isApi(request)) {
                return refuse(request, response, context, 401);
            }
            String next = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            // the sign-in page in the language the link asked for (an English link to a partner page: English)
            // from the query string: getParameter would read (and parse) a form's whole body before any filter
            String lang = Arrays.stream(request.getQueryString() == null ? new String[0]
                            : request.getQueryString().split("&")).filter(p -> p.startsWith("lang="))
                    .findFirst().flatMap(p -> Language.fromTag(p.substring(5))).map(l -> "&lang=" + l.tag())
                    .orElse("");
            return context.redirect(request.getContextPath() + "/login?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8) + lang);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context, int status) {
        if (isApi(request)) {
            try {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Helhed\"");
                Problem.write(response, status, status == 429 ? "problem.signin-blocked" : "problem.signin",
                        RequestLanguage.of(request));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.setAttribute(SignInFailure.class.getName(), status == 429 ? SignInFailure.TOO_MANY
                : SignInFailure.WRONG);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static Credential basic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** Why a page sign-in failed, for the login page to say. */
    public enum SignInFailure { WRONG, TOO_MANY }
}
