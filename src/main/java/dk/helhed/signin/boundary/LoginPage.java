package dk.helhed.signin.boundary;

import dk.helhed.i18n.Texts;
import dk.helhed.people.entity.Role;
import dk.helhed.web.Navigation;
import dk.helhed.web.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Staff, volunteers and partner staff sign in with e-mail and password, and land where they were going, or else on
 * their own start page. The page speaks Danish, English and Arabic.
 */
@Named
@RequestScoped
public class LoginPage {
    @Inject
    SecurityContext security;

    @Inject
    PageLanguage language;

    private String email;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            // signing in as someone else (from the no-access page): the one signed in now is signed out first
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IOException(e);
            }
            external.invalidateSession();
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email,
                                new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SUCCESS) {
            completed(request, external, security, next);
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        var failure = request.getAttribute(StaffAuthentication.SignInFailure.class.getName());
        if (failure == StaffAuthentication.SignInFailure.NEEDS_CODE
                || failure == StaffAuthentication.SignInFailure.NEEDS_ENROLMENT) {
            // without a page asked for, the start page follows from the roles, known once the code is in
            external.redirect(external.getRequestContextPath()
                    + (failure == StaffAuthentication.SignInFailure.NEEDS_CODE ? "/login-code" : "/login-enrol")
                    + "?lang=" + language.get().tag() + safe(next).map(n -> "&next=" + URLEncoder.encode(n,
                    StandardCharsets.UTF_8)).orElse(""));
            return;
        }
        String text = Texts.text(language.get(), failure == StaffAuthentication.SignInFailure.TOO_MANY
                ? "page.login.too-many" : "page.login.wrong");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        password = null;
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login");
    }

    /** Only a path inside the application: never an address elsewhere. Without one, their own start page. */
    private String safeNext() {
        return safe(next).orElseGet(() -> startPage(security::isCallerInRole));
    }

    /** {@code next} when it is a path inside the application. */
    static java.util.Optional<String> safe(String next) {
        return java.util.Optional.ofNullable(next)
                .filter(n -> n.startsWith("/") && !n.startsWith("//") && !n.startsWith("/\\"));
    }

    /**
     * The end of a sign-in (after the password, or after the second factor): a new session id (the one before the
     * sign-in may be known to someone else), the session's lifetime and the person's roles, then where they go.
     */
    static void completed(HttpServletRequest request, ExternalContext external, SecurityContext security, String next)
            throws IOException {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SessionLifetime.begin(request, request.getSession(true));
        Navigation.remember(request, security);
        external.redirect(external.getRequestContextPath() + safe(next).orElseGet(() ->
                startPage(security::isCallerInRole)));
    }

    /** Where someone goes after signing in when nothing else was asked for, by their roles. */
    static String startPage(java.util.function.Predicate<String> inRole) {
        if (inRole.test(Role.COORDINATOR_NAME) || inRole.test(Role.ADMIN_NAME)) {
            return "/coordinator/rota";
        }
        if (inRole.test(Role.ADVISER_NAME)) {
            return "/staff/day";
        }
        if (inRole.test(Role.PARTNER_NAME)) {
            return "/partner/blocks";
        }
        if (inRole.test(Role.VOLUNTEER_NAME)) {
            return "/volunteer/shifts";
        }
        return "/account/profile";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
