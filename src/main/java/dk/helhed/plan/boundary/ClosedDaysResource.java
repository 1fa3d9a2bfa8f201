package dk.helhed.plan.boundary;

import dk.helhed.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** The plan's own closed days, as {@code /coordinator/closed-days} keeps them. */
@Path("coordinator/closed-days")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class ClosedDaysResource {
    @Inject
    PlanClosedDays days;

    @GET
    @Operation(summary = "The plan's own closed days from today (public holidays and HELHED_CLOSED_DAYS are not "
            + "listed: they are closed anyway).")
    public List<PlanClosedDays.View> coming() {
        return days.coming();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Closes a day {day: YYYY-MM-DD (today or later), reason}: free slots on it are withdrawn "
            + "at once, and weekly series made afterwards skip it. Booked appointments, sign-ups and shifts already "
            + "made on it stay: cancel them one by one, so the people are told. 409 for a day already closed.")
    @APIResponse(responseCode = "201", description = "Closed")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response add(PlanClosedDays.Draft draft) {
        return Response.status(Response.Status.CREATED).entity(days.add(draft)).build();
    }

    @DELETE
    @Path("{day}")
    @Operation(summary = "Opens the day again; its slots are offered again. 404 for no closed day of the plan's.")
    @APIResponse(responseCode = "204", description = "Open again")
    public Response remove(@PathParam("day") String day) {
        days.remove(day);
        return Response.noContent().build();
    }
}
