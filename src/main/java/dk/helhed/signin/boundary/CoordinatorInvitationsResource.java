package dk.helhed.signin.boundary;

import dk.helhed.people.entity.Role;
import dk.helhed.time.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import dk.helhed.web.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Coordinators invite partner organisations' staff and see the invitations not yet accepted. */
@Path("coordinator/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class CoordinatorInvitationsResource {
    @Inject
    Invitations invitations;

    @Inject
    TimeSource time;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "Invitations neither accepted nor expired, oldest first.")
    public List<AccountJson.InvitationView> pending() {
        return invitations.pending().stream().map(i -> AccountJson.InvitationView.of(i, time.zone())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invites a staff member {name, email, role (COORDINATOR, ADVISER, PARTNER or ADMIN; "
            + "PARTNER when not given), organisation (its code; required for PARTNER), language (da or en: the "
            + "mails')}: the invitee gets a mail with a single-use link (14 days) to set a password. Only an admin "
            + "invites an admin. Refused on its field: an unknown or retired organisation, an e-mail that has an "
            + "account, another role.")
    @APIResponse(responseCode = "201", description = "Invited")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response invite(Invitations.Invite body) {
        var invitation = invitations.invite(body, caller.getUserPrincipal().getName(),
                caller.isUserInRole(Role.ADMIN_NAME));
        return Response.status(Response.Status.CREATED).entity(AccountJson.InvitationView.of(invitation, time.zone()))
                .build();
    }
}
