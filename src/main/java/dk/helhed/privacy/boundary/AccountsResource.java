package dk.helhed.privacy.boundary;

import dk.helhed.signin.boundary.AccountClosing;
import dk.helhed.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Admins see every account and deactivate a leaver. */
@Path("admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AccountsResource {
    @Inject
    DataSubjects subjects;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "Every account, active first, by name: id, e-mail, name, roles, active.")
    public List<AccountClosing.Summary> all() {
        return subjects.accounts();
    }

    @POST
    @Path("{id}/deactivation")
    @Operation(summary = "Deactivates a leaver's account: sign-in refused, every session ended at its next request, "
            + "future shifts open again and the coordinators told by e-mail. 409 for one's own account; 404 for an "
            + "unknown one. Deactivating an inactive account changes nothing.")
    public AccountClosing.Summary deactivate(@PathParam("id") long id) {
        return subjects.deactivate(id, caller.getUserPrincipal().getName());
    }
}
