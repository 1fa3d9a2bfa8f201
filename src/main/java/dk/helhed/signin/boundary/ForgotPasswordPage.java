package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.web.ClientAddress;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/** Asks for a password-reset link ({@code /forgot-password}); the answer is the same whether or not it exists. */
@Named
@RequestScoped
public class ForgotPasswordPage {
    @Inject
    ClientAddress clientAddress;

    @Inject
    PasswordResets resets;
    @Inject
    PageLanguage language;

    private String email;
    private boolean done;

    public String ask() {
        try {
            resets.ask(email, clientAddress.current());
            done = true;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), Map.of("email", "forgot:email"));
        }
        return null;
    }

    public boolean isDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
