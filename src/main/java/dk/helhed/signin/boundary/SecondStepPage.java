package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.web.ClientAddress;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The second step of a sign-in, after a right password: {@code /login-code} asks for the code from the app (or a
 * recovery code); {@code /login-enrol} first sets the app up, for staff who must have one and have none yet, shows
 * the ten recovery codes once, and then signs in. Both need the first step done in this session, within ten minutes.
 */
@Named
@ViewScoped
public class SecondStepPage implements Serializable {
    @Inject
    transient SecurityContext security;
    @Inject
    transient SecondFactors factors;
    @Inject
    transient ClientAddress clientAddress;
    @Inject
    transient PageLanguage language;

    private String next;
    private String code;
    private SecondFactors.Offer offer;
    private List<String> recoveryCodes;

    /** Whether the password step was done (in this session, in the last ten minutes). */
    public boolean isPending() {
        return StaffAuthentication.SecondStep.of(request().getSession(false)).isPresent();
    }

    /**
     * Whether this sign-in sets the second factor up: only for an account that had none when its password was
     * given. One that has one gives its code: nobody replaces it with a password alone.
     */
    public boolean isEnrolling() {
        return enrolment().isPresent();
    }

    private java.util.Optional<StaffAuthentication.SecondStep> enrolment() {
        return StaffAuthentication.SecondStep.of(request().getSession(false)).filter(s -> !s.enrolled());
    }

    /** The secret to scan, made once per page. */
    public SecondFactors.Offer getOffer() {
        if (offer == null) {
            offer = enrolment().map(step -> factors.offer(step.email())).orElse(null);
        }
        return offer;
    }

    /** The secret as an app's "enter a key" field wants it, in groups of four. */
    public String getSecretShown() {
        var o = getOffer();
        return o == null ? "" : o.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public void enrol() {
        var step = enrolment();
        if (step.isEmpty() || getOffer() == null) {
            expired();
            return;
        }
        try {
            recoveryCodes = factors.confirm(step.get().email(), getOffer().secret(), code, clientAddress.current());
            step.get().confirm().keepIn(request().getSession(false));
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), Map.of("code", "enrol:code"));
        }
        code = null;
    }

    /** After the codes were shown: the sign-in completes. */
    public void proceed() throws IOException {
        authenticate("");
    }

    public void signIn() throws IOException {
        authenticate(code == null ? "" : code);
        code = null;
    }

    private void authenticate(String given) throws IOException {
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        var request = request();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(
                        new StaffAuthentication.SecondFactorCredential(given)));
        if (status == AuthenticationStatus.SUCCESS) {
            LoginPage.completed(request, external, security, next);
            return;
        }
        var failure = request.getAttribute(StaffAuthentication.SignInFailure.class.getName());
        if (failure == StaffAuthentication.SignInFailure.EXPIRED) {
            expired();
            return;
        }
        String key = failure == StaffAuthentication.SignInFailure.TOO_MANY ? "page.login.too-many"
                : "page.login-code.wrong";
        String text = Texts.text(language.get(), key);
        faces.addMessage("second:code", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private void expired() {
        String text = Texts.text(language.get(), "page.login-code.expired");
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
