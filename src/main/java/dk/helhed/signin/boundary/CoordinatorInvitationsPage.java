package dk.helhed.signin.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Role;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * Coordinators and admins invite staff with a role (partner staff with their organisation) and the language of their
 * mails, and see who has not accepted yet ({@code /coordinator/invitations}, Danish or English).
 */
@Named
@RequestScoped
public class CoordinatorInvitationsPage {
    private static final Map<String, String> FIELDS = Map.of("name", "invite:name", "email", "invite:email",
            "role", "invite:role", "organisation", "invite:organisation", "language", "invite:language");

    @Inject
    Invitations invitations;
    @Inject
    People people;
    @Inject
    TimeSource time;
    @Inject
    PageLanguage language;

    public record Pending(String name, String email, String role, String expires) {
    }

    public record Choice(String code, String name) {
    }

    private String name;
    private String email;
    private String organisation;
    private String role = Role.PARTNER.name();
    private String mailLanguage;
    private List<Pending> pending;

    public String invite() {
        Language lang = language.staff();
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            invitations.invite(new Invitations.Invite(name, email, role, organisation, mailLanguage),
                    external.getUserPrincipal().getName(), external.isUserInRole(Role.ADMIN_NAME));
            PageMessages.told(lang, "page.invitations.sent");
            name = null;
            email = null;
            organisation = null;
            role = Role.PARTNER.name();
            mailLanguage = null;
            pending = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang, FIELDS);
        }
        return null;
    }

    public List<Pending> getPending() {
        if (pending == null) {
            Language lang = language.staff();
            pending = invitations.pending().stream().map(i -> new Pending(i.name(), i.email(),
                    Texts.text(lang, "page.role." + i.role().name()) + (i.organisation() == null ? ""
                            : ", " + i.organisation().name()), Texts.when(lang, i.expiresAt(), time.zone())))
                    .toList();
        }
        return pending;
    }

    /** The roles this person may invite with: an admin only by an admin. */
    public List<Choice> getRoles() {
        Language lang = language.staff();
        boolean admin = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMIN_NAME);
        return Invitations.STAFF_ROLES.stream().filter(r -> admin || r != Role.ADMIN)
                .map(r -> new Choice(r.name(), Texts.text(lang, "page.role." + r.name()))).toList();
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    /** The mails' language: the page's own until chosen. */
    public String getMailLanguage() {
        return mailLanguage == null ? language.staff().tag() : mailLanguage;
    }

    public void setMailLanguage(String mailLanguage) {
        this.mailLanguage = mailLanguage;
    }

    public List<Choice> getOrganisations() {
        return people.organisations().stream().map(o -> new Choice(o.code(), o.name())).toList();
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

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
