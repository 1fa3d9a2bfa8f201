package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/**
 * The invitation link's page ({@code /invitation?t=token}): whom it invites to which organisation; the form sets
 * the password (and a phone, SMS consent) and makes the account. Opening it changes nothing.
 */
@Named
@ViewScoped
public class InvitationPage implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("password", "accept:password", "phone", "accept:phone",
            "smsConsent", "accept:sms");

    @Inject
    transient Invitations invitations;
    @Inject
    transient PageLanguage language;

    public record Shown(String name, String email, String role, String organisation) implements Serializable {
    }

    private String token;
    private Shown invitation;
    private String broken;
    private String password;
    private String phone;
    private boolean smsConsent;
    private boolean done;

    public void load() {
        try {
            var i = invitations.open(token);
            invitation = new Shown(i.name(), i.email(), Texts.text(language.staff(), "page.role." + i.role().name()),
                    i.organisation() == null ? null : i.organisation().name());
        } catch (Refusal refusal) {
            broken = Texts.text(language.staff(), refusal.fields().isEmpty() ? refusal.key()
                    : refusal.fields().get(0).key());
        }
    }

    public String accept() {
        try {
            invitations.accept(token, new Invitations.Acceptance(password, phone, smsConsent));
            done = true;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), FIELDS);
        }
        password = null;
        return null;
    }

    public Shown getInvitation() {
        return invitation;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isSmsConsent() {
        return smsConsent;
    }

    public void setSmsConsent(boolean smsConsent) {
        this.smsConsent = smsConsent;
    }
}
