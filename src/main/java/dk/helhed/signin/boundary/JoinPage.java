package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
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
 * A volunteer signs up ({@code /join}): name, e-mail, password, and what the profile holds. The page then says to
 * look for the verification mail, the same whether or not the e-mail already had an account.
 */
@Named
@ViewScoped
public class JoinPage implements Serializable {
    static final Map<String, String> FIELDS = Map.of("name", "join:name", "email", "join:email",
            "password", "join:password", "phone", "join:phone", "smsConsent", "join:sms",
            "languages", "join:languages", "subjects", "join:subjects");

    @Inject
    transient Registrations registrations;
    @Inject
    transient PageLanguage language;

    private String name;
    private String email;
    private String password;
    private String phone;
    private boolean smsConsent;
    private List<String> languages = new ArrayList<>();
    private List<String> subjects = new ArrayList<>();
    private boolean done;

    public String join() {
        try {
            String from = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                    .getRemoteAddr();
            registrations.signUp(new Registrations.SignUp(name, email, password, phone, smsConsent, languages,
                    subjects, language.get(), from));
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
}
