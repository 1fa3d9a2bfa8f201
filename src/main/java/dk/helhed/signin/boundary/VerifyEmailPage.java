package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.signin.entity.TokenPurpose;
import dk.helhed.web.ClientAddress;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The page the verification mail's link opens ({@code /verify-email?t=token}). Opening it changes nothing (mail
 * scanners follow links): the button confirms. A link that no longer works offers a new mail.
 */
@Named
@ViewScoped
public class VerifyEmailPage implements Serializable {
    @Inject
    ClientAddress clientAddress;

    @Inject
    transient Registrations registrations;
    @Inject
    transient PageLanguage language;

    private String token;
    /** Why the link does not work (a text), or null while it does. */
    private String broken;
    private boolean done;
    private String email;
    private boolean resent;

    public void load() {
        try {
            registrations.check(token, TokenPurpose.VERIFY_EMAIL);
        } catch (Refusal refusal) {
            broken = Texts.text(language.get(), refusal.fields().isEmpty() ? refusal.key()
                    : refusal.fields().get(0).key());
        }
    }

    public String confirm() {
        try {
            registrations.confirm(token);
            done = true;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get());
        }
        return null;
    }

    public String resend() {
        try {
            registrations.resend(email, clientAddress.current());
            resent = true;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), java.util.Map.of("email", "resend:email"));
        }
        return null;
    }

    public String getBroken() {
        return broken;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isResent() {
        return resent;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
