package dk.helhed.signin.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.people.boundary.People;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

/** Coordinators invite partner staff and see who has not accepted yet ({@code /coordinator/invitations}, Danish). */
@Named
@RequestScoped
public class CoordinatorInvitationsPage {
    private static final Language LANGUAGE = Language.DA;
    private static final Map<String, String> FIELDS = Map.of("name", "invite:name", "email", "invite:email",
            "organisation", "invite:organisation");

    @Inject
    Invitations invitations;
    @Inject
    People people;
    @Inject
    TimeSource time;
    @PersistenceContext
    EntityManager em;

    public record Pending(String name, String email, String organisation, String expires) {
    }

    public record Choice(String code, String name) {
    }

    private String name;
    private String email;
    private String organisation;
    private List<Pending> pending;

    public String invite() {
        try {
            invitations.invite(name, email, organisation,
                    FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
            PageMessages.told(LANGUAGE, "page.invitations.sent");
            name = null;
            email = null;
            organisation = null;
            pending = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, LANGUAGE, FIELDS);
        }
        return null;
    }

    public List<Pending> getPending() {
        if (pending == null) {
            pending = invitations.pending().stream().map(i -> new Pending(i.name(), i.email(),
                    i.organisation().name(), Texts.when(LANGUAGE, i.expiresAt(), time.zone()))).toList();
        }
        return pending;
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
