package dk.helhed.setup.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * The setup link's page ({@code /setup?token=…}): the plan's name, the name messages are signed with, the data
 * controller and contact for the privacy notice, and the first admin; then on to sign in (and enrol the second
 * factor). A used, expired or unknown link says so instead of the form.
 */
@Named
@ViewScoped
public class SetupPage implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("planName", "setup:planName", "senderName",
            "setup:senderName", "controller", "setup:controller", "contact", "setup:contact", "adminName",
            "setup:adminName", "adminEmail", "setup:adminEmail", "adminPassword", "setup:adminPassword");

    @Inject
    transient Setup setup;
    @Inject
    transient PageLanguage language;

    private String token;
    private String broken;
    private String planName;
    private String senderName;
    private String controller;
    private String contact;
    private String adminName;
    private String adminEmail;
    private String adminPassword;

    public void load() {
        try {
            setup.open(token);
        } catch (Refusal refusal) {
            broken = Texts.text(language.staff(), refusal.fields().isEmpty() ? refusal.key()
                    : refusal.fields().get(0).key());
        }
    }

    public void complete() throws IOException {
        try {
            setup.complete(new Setup.Answers(token, planName, senderName, controller, contact, adminName, adminEmail,
                    adminPassword));
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login?setup=done&lang=" + language.getStaffTag());
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), FIELDS);
            if (refusal.kind() != Refusal.Kind.INVALID || refusal.fields().stream()
                    .anyMatch(f -> f.field().equals("token"))) {
                load();
            }
        }
        adminPassword = null;
    }

    public String getTimeZone() {
        return Setup.TIME_ZONE;
    }

    public String getBroken() {
        return broken;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPlanName() {
        return planName;
    }

    public void setPlanName(String planName) {
        this.planName = planName;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public String getController() {
        return controller;
    }

    public void setController(String controller) {
        this.controller = controller;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }
}
