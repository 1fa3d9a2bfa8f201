package dk.helhed.shifts.boundary;

import dk.helhed.shifts.control.ShiftSettings;
import dk.helhed.time.TimeSource;
import dk.helhed.web.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Coordinators release someone from a shift at any time, past the volunteers' own cut-off. */
@Path("coordinator/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoordinatorAssignmentsResource {
    @Inject
    Assignments assignments;

    @Inject
    ShiftSettings settings;

    @Inject
    TimeSource time;

    @POST
    @Path("{id}/release")
    @Operation(summary = "Release the person from their place on the shift (no cut-off); the place is free again "
            + "and their unsent reminders are cancelled.")
    @APIResponse(responseCode = "200", description = "Released")
    @APIResponse(responseCode = "404", description = "No such assignment",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Already released",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ShiftJson.AssignmentView release(@PathParam("id") long id) {
        return ShiftJson.AssignmentView.of(assignments.release(id), time.zone(), settings.cutoff(), time.now());
    }
}
