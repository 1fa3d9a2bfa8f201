package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.boundary.ProfileFields;
import dk.helhed.web.ClientAddress;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/**
 * A volunteer signs up ({@code /join}): name, e-mail, password, and what the profile holds. The page then says to
 * look for the verification mail, the same whether or not the e-mail already had an account.
 */
@Named
@ViewScoped
public class JoinPage implements Serializable {
    @Inject
    ClientAddress clientAddress;

    static final Map<String, String> FIELDS = Map.of("name", "join:name", "email", "join:email",
            "password", "join:password", "phone", "join:phone", "smsConsent", "join:sms",
            "languages", "join:languages", "subjects", "join:subjects");

    @Inject
    transient Registrations registrations;
    @Inject
    transient PageLanguage language;

    private final ProfileFields profile = new ProfileFields();
    private String email;
    private String password;
    private boolean done;

    public String join() {
        try {
            String from = clientAddress.current();
            registrations.signUp(new Registrations.SignUp(profile.getName(), email, password, profile.getPhone(),
                    profile.isSmsConsent(), profile.getLanguages(), profile.getSubjects(), profile.getPlaces(), language.get(), from));
            done = true;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), FIELDS);
        }
        password = null;
        return null;
    }

    public boolean isDone() {
        return done;
    }

    public ProfileFields getProfile() {
        return profile;
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
}
