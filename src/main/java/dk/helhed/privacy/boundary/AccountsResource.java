package dk.helhed.privacy.boundary;

import dk.helhed.signin.boundary.AccountClosing;
import dk.helhed.signin.boundary.StaffRoles;
import dk.helhed.web.Problem;
import dk.helhed.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Admins see every account, change what one may do, and deactivate a leaver. */
@Path("admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AccountsResource {
    @Inject
    DataSubjects subjects;

    @Inject
    StaffRoles roles;

    @Context
    SecurityContext caller;

    /** The roles an account is to have. */
    @Schema(name = "Roles")
    public record Roles(List<String> roles) {
    }

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

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gives the account these roles {roles: [COORDINATOR, ADVISER, PARTNER, ADMIN, VOLUNTEER]}, "
            + "at least one. Logged as ROLE_CHANGED; the account's sessions end, so its next request has the new "
            + "roles, and a role that needs a second factor asks for it at the next sign-in. Refused on \"roles\": "
            + "an unknown role, none, PARTNER for an account without an organisation, taking away one's own admin "
            + "role or the last admin's.")
    @APIResponse(responseCode = "400", description = "Refused, on the field \"roles\"",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AccountClosing.Summary changeRoles(@PathParam("id") long id, Roles body) {
        return roles.change(id, body == null ? null : body.roles(), caller.getUserPrincipal().getName());
    }
}
