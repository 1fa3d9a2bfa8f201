package dk.helhed.people.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Subject;
import dk.helhed.signin.boundary.PasswordChanges;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person's own profile ({@code /account/profile}): contact details, languages, subjects, SMS consent,
 * and a new password. The e-mail is shown, not edited: it is the sign-in name.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("name", "profile:name", "phone", "profile:phone",
            "smsConsent", "profile:sms", "languages", "profile:languages", "subjects", "profile:subjects");
    private static final Map<String, String> PASSWORD_FIELDS = Map.of("currentPassword", "password:current",
            "password", "password:chosen");

    @Inject
    transient Profiles profiles;
    @Inject
    transient PasswordChanges passwords;
    @Inject
    transient PageLanguage language;

    private boolean found;
    private String email;
    private String organisation;
    private String name;
    private String phone;
    private boolean smsConsent;
    private List<String> languages = new ArrayList<>();
    private List<String> subjects = new ArrayList<>();
    private String currentPassword;
    private String chosenPassword;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(profiles.mine(signedIn()));
        } catch (Refusal none) {
            found = false;
        }
    }

    public String save() {
        try {
            show(profiles.update(signedIn(), name, phone, smsConsent, languages, subjects));
            PageMessages.told(language.get(), "page.profile.saved");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), FIELDS);
        }
        return null;
    }

    public String changePassword() {
        try {
            passwords.change(signedIn(), currentPassword, chosenPassword, request().getRemoteAddr());
            PageMessages.told(language.get(), "page.profile.password.changed");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), PASSWORD_FIELDS);
        }
        currentPassword = null;
        chosenPassword = null;
        return null;
    }

    private void show(Profiles.Profile profile) {
        var person = profile.person();
        found = true;
        email = profile.account().email();
        organisation = person.organisation() == null ? null : person.organisation().name();
        name = person.name();
        phone = person.phone();
        smsConsent = person.smsConsent();
        languages = new ArrayList<>(person.languages().stream().map(SpokenLanguage::code).toList());
        subjects = new ArrayList<>(person.subjects().stream().map(Subject::name).toList());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static String signedIn() {
        return request().getUserPrincipal().getName();
    }

    public boolean isFound() {
        return found;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<String> subjects) {
        this.subjects = subjects;
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
