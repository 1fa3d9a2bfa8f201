package dk.helhed.homework.boundary;

import dk.helhed.homework.entity.SessionPlan;
import dk.helhed.time.TimeSource;
import dk.helhed.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

@Path("coordinator/homework-series")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class HomeworkSeriesResource {
    @Inject
    HomeworkAdministration administration;
    @Inject
    TimeSource time;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a homework-help series and every session of its term (at most 45 weeks): place code, "
            + "weekdays (e.g. [\"TU\",\"TH\"]), local start and end (HH:mm, kept across daylight-saving changes), "
            + "termFirst and termLast (YYYY-MM-DD, both included), tutors per session ({any, maths, danish, english}) "
            + "and childSeats; title defaults to \"Lektiehjælp – Studieplaneten\". Danish public holidays, the plan's "
            + "closed days and school holidays are skipped. Each session gets one tutor shift per subject need and "
            + "an event with childSeats places that parents sign a child up for.")
    @APIResponse(responseCode = "201", description = "Created, with its sessions")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(SessionPlan.Draft draft, @Context UriInfo uri) {
        var made = administration.create(draft == null
                ? new SessionPlan.Draft(null, null, null, null, null, null, null, null, null) : draft);
        var zone = time.zone();
        var sessions = made.sessions().stream().map(s -> HomeworkJson.SessionView.of(s, zone)).toList();
        return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(made.series().id()))
                .entity(new HomeworkJson.Created(HomeworkJson.SeriesView.of(made.series()), sessions)).build();
    }

    @GET
    @Operation(summary = "Every homework-help series.")
    public List<HomeworkJson.SeriesView> all() {
        return administration.series().stream().map(HomeworkJson.SeriesView::of).toList();
    }

    @GET
    @Path("{id}/sessions")
    @Operation(summary = "A series' sessions in time order, each with its tutor shifts (needed, taken) and seats left.")
    public List<HomeworkJson.SessionView> sessions(@PathParam("id") long id) {
        var zone = time.zone();
        return administration.sessions(id).stream().map(s -> HomeworkJson.SessionView.of(s, zone)).toList();
    }
}
