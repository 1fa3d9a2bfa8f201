package dk.helhed.people.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Subject;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Map;

/**
 * The signed-in person's own profile ({@code /account/profile}): contact details, languages, subjects and SMS consent
 * (a new password, on the same page, is signin's {@code PasswordChangePage}). The e-mail is shown, not edited: it is
 * the sign-in name.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("name", "profile:name", "phone", "profile:phone",
            "smsConsent", "profile:sms", "languages", "profile:languages", "subjects", "profile:subjects", "places", "profile:places");

    @Inject
    transient Profiles profiles;
    @Inject
    transient PageLanguage language;

    private boolean found;
    private String email;
    private String organisation;
    private final ProfileFields profile = new ProfileFields();

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
            show(profiles.update(signedIn(), profile.getName(), profile.getPhone(), profile.isSmsConsent(),
                    profile.getLanguages(), profile.getSubjects(), profile.getPlaces()));
            PageMessages.told(language.get(), "page.profile.saved");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), FIELDS);
        }
        return null;
    }

    private void show(Profiles.Profile mine) {
        var person = mine.person();
        found = true;
        email = mine.account().email();
        organisation = person.organisation() == null ? null : person.organisation().name();
        profile.setName(person.name());
        profile.setPhone(person.phone());
        profile.setSmsConsent(person.smsConsent());
        profile.setLanguages(new ArrayList<>(person.languages().stream().map(SpokenLanguage::code).toList()));
        profile.setSubjects(new ArrayList<>(person.subjects().stream().map(Subject::name).toList()));
        profile.setPlaces(new ArrayList<>(person.places()));
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

    public ProfileFields getProfile() {
        return profile;
    }
}
