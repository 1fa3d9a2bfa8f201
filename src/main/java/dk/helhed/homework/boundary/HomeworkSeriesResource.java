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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a series from now on: childSeats and tutors ({any, maths, danish, english}) for each "
            + "coming session. Seats are never fewer than are taken, and added seats go to the waiting list first; a "
            + "subject set to 0 has its shifts withdrawn (tutors told); fewer tutors than hold a shift is refused (409).")
    @APIResponse(responseCode = "200", description = "Changed, with the series as it now is")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such series", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "More tutors hold a coming shift than the new number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public HomeworkJson.SeriesView change(@PathParam("id") long id, HomeworkAdministration.Change change) {
        return HomeworkJson.SeriesView.of(administration.change(id, change == null
                ? new HomeworkAdministration.Change(null, null) : change).series());
    }

    /** The last day of a series ended early (YYYY-MM-DD). */
    @Schema(name = "HomeworkSeriesEnd")
    public record End(String lastDay) {
    }

    /** A series ended early and the sessions cancelled for it. */
    public record Ended(HomeworkJson.SeriesView series, int cancelled) {
    }

    /** How many sessions nobody took were taken off. */
    public record Removed(int removed) {
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a series early: lastDay (YYYY-MM-DD, in its term and before its last day) becomes its "
            + "last day, and every session after it is cancelled; the tutors and families are told.")
    @APIResponse(responseCode = "200", description = "Ended, with how many sessions were cancelled")
    @APIResponse(responseCode = "400", description = "Bad input, on lastDay",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such series", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Ended end(@PathParam("id") long id, End end) {
        var ended = administration.endAfter(id, end == null ? null : end.lastDay());
        return new Ended(HomeworkJson.SeriesView.of(ended.series()), ended.cancelled());
    }

    @POST
    @Path("{id}/remove-untaken")
    @Operation(summary = "Cancel every coming session of the series that nobody took: no tutor on any of its shifts "
            + "and no child signed up. There is nobody to tell.")
    @APIResponse(responseCode = "200", description = "How many sessions were taken off")
    @APIResponse(responseCode = "404", description = "No such series", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Removed removeUntaken(@PathParam("id") long id) {
        return new Removed(administration.removeUntaken(id));
    }

    @GET
    @Path("{id}/sessions")
    @Operation(summary = "A series' sessions in time order, each with its tutor shifts (needed, taken) and seats left.")
    public List<HomeworkJson.SessionView> sessions(@PathParam("id") long id) {
        var zone = time.zone();
        return administration.sessions(id).stream().map(s -> HomeworkJson.SessionView.of(s, zone)).toList();
    }
}
