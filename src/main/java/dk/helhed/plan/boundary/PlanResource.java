package dk.helhed.plan.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The plan's own words, as {@code /admin/plan} keeps them. */
@Path("admin/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class PlanResource {
    @Inject
    Plan plan;

    @GET
    @Operation(summary = "The plan's name, the name its messages are signed with, and the data controller and "
            + "contact its privacy notice names. 404 before the set-up.")
    public Plan.Words words() {
        return plan.words().orElseThrow(() -> Refusal.notFound("problem.plan.none"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the plan's words {name, senderName (optional), controller, contact}.")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Plan.Words reword(Plan.Words words) {
        return plan.reword(words);
    }
}
