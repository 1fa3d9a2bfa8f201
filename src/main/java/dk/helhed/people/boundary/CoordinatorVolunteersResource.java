package dk.helhed.people.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Coordinators reach volunteers: their contact details, languages and subjects. Nobody else sees them. */
@Path("coordinator/volunteers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class CoordinatorVolunteersResource {
    @Inject
    Profiles profiles;

    @Inject
    AccessLog log;

    @GET
    @Operation(summary = "Verified volunteers by name: name, e-mail, phone, languages, subjects, SMS consent.")
    public List<ProfileJson.ProfileView> volunteers() {
        log.viewed("VIEW_VOLUNTEERS", "volunteers");
        return profiles.volunteers().stream().map(ProfileJson.ProfileView::of).toList();
    }
}
