package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.signin.entity.TokenPurpose;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/** The reset link's page ({@code /reset-password?t=token}): opening it changes nothing; the form sets the password. */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {
    @Inject
    transient Registrations registrations;
    @Inject
    transient PasswordResets resets;
    @Inject
    transient PageLanguage language;

    private String token;
    private String broken;
    private String password;
    private boolean done;

    public void load() {
        try {
            registrations.check(token, TokenPurpose.RESET_PASSWORD);
        } catch (Refusal refusal) {
            broken = Texts.text(language.get(), refusal.fields().isEmpty() ? refusal.key()
                    : refusal.fields().get(0).key());
        }
    }

    public String reset() {
        try {
            resets.reset(token, password);
            done = true;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), Map.of("password", "reset:password"));
        }
        password = null;
        return null;
    }

    public String getBroken() {
        return broken;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
