package dk.helhed.privacy.boundary;

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

/**
 * The last part of {@code /account/profile} for a volunteer: download what is held about them, or delete their
 * account (their password again). After a deletion the session ends and the sign-in page says it is done.
 */
@Named
@RequestScoped
public class OwnDataPage {
    @Inject
    DataSubjects subjects;
    @Inject
    ClientAddress clientAddress;
    @Inject
    PageLanguage language;
    @Inject
    HttpServletRequest request;

    private String password;

    /** Only a volunteer deletes their own account; staff leave through an admin. */
    public boolean isDeletable() {
        return request.isUserInRole("VOLUNTEER") && !request.isUserInRole("COORDINATOR")
                && !request.isUserInRole("ADVISER") && !request.isUserInRole("PARTNER");
    }

    public String delete() {
        try {
            subjects.deleteMine(request.getUserPrincipal().getName(), password, clientAddress.current());
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), Map.of("password", "deletion:password"));
            password = null;
            return null;
        }
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().clear();
        return "/login?faces-redirect=true&deleted=true&lang=" + language.get().tag();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
