package dk.helhed.signin.boundary;

import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An invited partner staff member reads the invitation from the mail's link and accepts it (public). */
@Path("invitations/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {
    @Inject
    Invitations invitations;

    @Inject
    TimeSource time;

    @PathParam("token")
    String token;

    @GET
    @Operation(summary = "The invitation: who is invited, with which role, to which organisation (none for "
            + "a role without one), until when. Changes nothing.")
    public AccountJson.InvitationView invitation() {
        return AccountJson.InvitationView.of(invitations.open(token), time.zone());
    }

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accepts the invitation with {password, phone?, smsConsent?}: makes an active account "
            + "with the invitation's role and a person (in its organisation, if any); 201. Used or expired: 400 on "
            + "token. A coordinator, adviser or admin enrols the second factor at the first sign-in on the page.")
    public Response accept(AccountJson.AcceptRequest body) {
        var b = body == null ? new AccountJson.AcceptRequest(null, null, null) : body;
        var account = invitations.accept(token, new Invitations.Acceptance(b.password(), b.phone(), b.smsConsent()));
        return Response.status(Response.Status.CREATED).entity(AccountJson.AccountView.of(account)).build();
    }
}
