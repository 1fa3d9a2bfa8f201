package dk.helhed.signin.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
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

    @Inject
    SecondFactors factors;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential given = context.getAuthParameters().getCredential();
        boolean page = given != null;
        if (given == null) {
            given = fromHeader(request);
        }
        if (given instanceof BearerCredential bearer) {
            var signedIn = factors.byToken(bearer.token());
            return signedIn.isPresent() ? signIn(request, context, signedIn.get())
                    : refuse(request, response, context, 401);
        }
        if (given instanceof UsernamePasswordCredential credential) {
            String from = clientAddress.of(request);
            if (limits.blocked(credential.getCaller(), from)) {
                return refuse(request, response, context, 429);
            }
            var signedIn = accounts.check(credential.getCaller(), credential.getPasswordAsString());
            if (signedIn.isEmpty()) {
                limits.failed(credential.getCaller(), from);
                return refuse(request, response, context, 401);
            }
            var who = signedIn.get();
            if (!who.secondFactor() && !factors.required(who.groups())) {
                return signIn(request, context, who);
            }
            if (!page) {
                // a program's password alone is one factor: it uses an API token
                return refuse(request, response, context, 403);
            }
            request.getSession(true);
            // the session that carries a right password gets a new id now, not only once the code is in
            request.changeSessionId();
            request.getSession().setAttribute(SecondStep.KEY, new SecondStep(who.email(), who.secondFactor(),
                    false, System.currentTimeMillis()));
            request.setAttribute(SignInFailure.class.getName(), who.secondFactor() ? SignInFailure.NEEDS_CODE
                    : SignInFailure.NEEDS_ENROLMENT);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (given instanceof SecondFactorCredential code) {
            var session = request.getSession(false);
            var step = session == null ? null : (SecondStep) session.getAttribute(SecondStep.KEY);
            if (step == null || step.expired(System.currentTimeMillis())) {
                request.setAttribute(SignInFailure.class.getName(), SignInFailure.EXPIRED);
                return AuthenticationStatus.SEND_FAILURE;
            }
            String from = clientAddress.of(request);
            try {
                // confirmed: the enrolment of an account that had no second factor has just checked its first code
                if (!step.confirmed() && !factors.verify(step.email(), code.code(), from)) {
                    request.setAttribute(SignInFailure.class.getName(), SignInFailure.WRONG_CODE);
                    return AuthenticationStatus.SEND_FAILURE;
                }
            } catch (Refusal refusal) {
                request.setAttribute(SignInFailure.class.getName(), refusal.kind() == Refusal.Kind.TOO_MANY ? SignInFailure.TOO_MANY
                        : SignInFailure.EXPIRED);
                return AuthenticationStatus.SEND_FAILURE;
            }
            var signedIn = accounts.signedIn(step.email());
            if (signedIn.isEmpty()) {
                request.setAttribute(SignInFailure.class.getName(), SignInFailure.EXPIRED);
                return AuthenticationStatus.SEND_FAILURE;
            }
            session.removeAttribute(SecondStep.KEY);
            return signIn(request, context, signedIn.get());
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

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                               SignInAccounts.SignedIn who) {
        request.setAttribute(SessionLifetime.VERSION, who.sessionsVersion());
        return context.notifyContainerAboutLogin(who.email(), who.groups());
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context, int status) {
        if (isApi(request)) {
            try {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Helhed\", Bearer realm=\"Helhed\"");
                Problem.write(response, status == 403 ? 401 : status, status == 429 ? "problem.signin-blocked"
                        : status == 403 ? "problem.signin-second-factor" : "problem.signin",
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

    private static Credential fromHeader(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new BearerCredential(header.substring(7).strip());
        }
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

    /** Why a page sign-in did not (yet) succeed, for the login pages to say or to go on to the second step. */
    public enum SignInFailure { WRONG, TOO_MANY, NEEDS_CODE, NEEDS_ENROLMENT, WRONG_CODE, EXPIRED }

    /** An API token from {@code Authorization: Bearer}. */
    record BearerCredential(String token) implements Credential {
    }

    /** The code (or a recovery code) the second sign-in page sends. */
    public record SecondFactorCredential(String code) implements Credential {
    }

    /**
     * A password was right and the second factor is next, for ten minutes, in this session; {@code confirmed} once
     * an enrolment has just checked a code (the sign-in needs no second one).
     */
    public record SecondStep(String email, boolean enrolled, boolean confirmed, long since)
            implements java.io.Serializable {
        static final String KEY = SecondStep.class.getName();

        boolean expired(long now) {
            return now - since > 10 * 60 * 1000L;
        }

        /** The step after the enrolment (of an account that had no second factor) whose code was right. */
        public SecondStep confirm() {
            if (enrolled) {
                throw new IllegalStateException("an account with a second factor gives its code");
            }
            return new SecondStep(email, true, true, since);
        }

        public static java.util.Optional<SecondStep> of(jakarta.servlet.http.HttpSession session) {
            return java.util.Optional.ofNullable(session == null ? null : (SecondStep) session.getAttribute(KEY))
                    .filter(s -> !s.expired(System.currentTimeMillis()));
        }

        public void keepIn(jakarta.servlet.http.HttpSession session) {
            session.setAttribute(KEY, this);
        }
    }
}
