package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.web.ClientAddress;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

/** A new password for the signed-in person, the second form on {@code /account/profile}. */
@Named
@RequestScoped
public class PasswordChangePage {
    @Inject
    ClientAddress clientAddress;

    private static final Map<String, String> FIELDS = Map.of("currentPassword", "password:current",
            "password", "password:chosen");

    @Inject
    PasswordChanges passwords;
    @Inject
    PageLanguage language;

    private String currentPassword;
    private String chosenPassword;

    public String change() {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            int sessions = passwords.change(request.getUserPrincipal().getName(), currentPassword, chosenPassword,
                    clientAddress.current());
            SessionLifetime.renew(request.getSession(false), sessions);
            PageMessages.told(language.get(), "page.profile.password.changed");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), FIELDS);
        }
        currentPassword = null;
        chosenPassword = null;
        return null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getChosenPassword() {
        return chosenPassword;
    }

    public void setChosenPassword(String chosenPassword) {
        this.chosenPassword = chosenPassword;
    }
}
