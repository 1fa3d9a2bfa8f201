package dk.helhed.setup.boundary;

import dk.helhed.web.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The first start's set-up, for whoever holds the link Helhed logged: no sign-in, the token is the key. */
@Path("setup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SetupResource {
    @Inject
    Setup setup;

    @GET
    @Operation(summary = "Whether the setup link's token still works: until when, and the time zone every time is "
            + "shown in (always Europe/Copenhagen). 400 on the field \"token\" for an unknown, used or expired one; "
            + "409 once the plan is set up.")
    @APIResponse(responseCode = "400", description = "The token does not work",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Setup.Opened open(@QueryParam("token") String token) {
        return setup.open(token);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the plan up once: {token, planName, senderName (optional: the plan's name), "
            + "controller, contact, adminName, adminEmail, adminPassword}. Makes the plan and the first admin "
            + "(admin and coordinator), who signs in next and enrols the second factor; every setup link stops "
            + "working. Nothing is written when any field is refused.")
    @APIResponse(responseCode = "201", description = "Set up")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The plan is set up already",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response complete(Setup.Answers answers) {
        return Response.status(Response.Status.CREATED).entity(setup.complete(answers)).build();
    }
}
