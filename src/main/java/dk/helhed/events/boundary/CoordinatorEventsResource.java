package dk.helhed.events.boundary;

import dk.helhed.events.entity.EventPlan;
import dk.helhed.time.TimeSource;
import dk.helhed.web.Problem;
import dk.helhed.web.Sheet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("coordinator/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class CoordinatorEventsResource {
    @Inject
    EventAdministration administration;

    @Inject
    EventCatalogue catalogue;

    @Inject
    TimeSource time;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an event, or a weekly series (repeatWeekly: {count} or {until: YYYY-MM-DD}, and "
            + "onClosedDays: true to keep the weeks that fall on a day the offices are closed) with one event per week "
            + "sharing a seriesId; the answer lists the skipped days. Times are local to the plan (e.g. "
            + "2027-03-23T18:00) and keep their wall-clock time across daylight-saving changes; a time the clocks skip is refused. The sign-up "
            + "deadline defaults to the start. Titles and descriptions in da and en; ar is optional.")
    @APIResponse(responseCode = "201", description = "Created; Location is the (first) event")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(EventPlan.Draft draft, @Context UriInfo uri) {
        var made = administration.create(draft == null
                ? new EventPlan.Draft(null, null, null, null, null, null, null, null) : draft);
        var events = made.events();
        var now = time.now();
        String content = EventJson.contentLanguage(request);
        var views = events.stream().map(e -> EventJson.EventView.of(new EventCatalogue.Listed(e, 0), content,
                time.zone(), now)).toList();
        return Response.created(uri.getBaseUriBuilder().path("events/{id}").build(events.get(0).id()))
                .entity(new EventJson.Created(events.get(0).seriesId(), views,
                        made.skipped().stream().map(Object::toString).toList())).build();
    }

    @GET
    @Path("{id}/participants")
    @Operation(summary = "Who has a place (HELD until the phone is verified, CONFIRMED, or OFFERED from the waitlist) "
            + "and who is in line, in order (position 1 is next), with names, phones and e-mail addresses.")
    public EventJson.Participants participants(@PathParam("id") long id) {
        var found = administration.participants(id, request.getUserPrincipal().getName());
        var line = found.waitlist();
        return new EventJson.Participants(view(id),
                found.withPlace().stream().map(s -> EventJson.Participant.of(s, null)).toList(),
                line.inOrder().stream().map(s -> EventJson.Participant.of(s, line.position(s).getAsInt())).toList());
    }

    @GET
    @Path("{id}/participants/export.csv")
    @Produces(Sheet.CSV)
    @Operation(summary = "The participants and the waitlist as a CSV file for Excel (UTF-8 with BOM, semicolons), in "
            + "the language of ?lang= or Accept-Language (da or en). Logged as EXPORT_PARTICIPANTS.")
    public Response participantsCsv(@PathParam("id") long id) {
        return administration.participantsSheet(id, request.getUserPrincipal().getName(), Sheet.language(request))
                .csvDownload("deltagere-" + id);
    }

    @GET
    @Path("{id}/participants/export.xlsx")
    @Produces(Sheet.XLSX)
    @Operation(summary = "The participants and the waitlist as a spreadsheet (.xlsx). Logged as EXPORT_PARTICIPANTS.")
    public Response participantsXlsx(@PathParam("id") long id) {
        return administration.participantsSheet(id, request.getUserPrincipal().getName(), Sheet.language(request))
                .xlsxDownload("deltagere-" + id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one event that has not begun: place, title and description (da, en; ar optional), "
            + "start and end, signupDeadline and capacity, checked as a new event is (send them all; repeatWeekly is "
            + "refused: a series' events are changed one by one). Everyone verified with a place or in line is told a "
            + "new time or place; places added go to those in line first. Never fewer places than are held now.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field (capacity below the places held)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such event", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Cancelled, begun, or a homework-help session's seats",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public EventJson.EventView edit(@PathParam("id") long id, EventPlan.Draft draft) {
        administration.edit(id, draft == null ? new EventPlan.Draft(null, null, null, null, null, null, null, null)
                : draft);
        return view(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel an event that has not started. Every sign-up is cancelled, reminders and offers not "
            + "yet sent are withdrawn, and everyone with a verified phone is told by SMS (and e-mail where given).")
    public EventJson.EventView cancel(@PathParam("id") long id) {
        administration.cancel(id);
        return view(id);
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message (at most 480 characters) to everyone with a confirmed place, by SMS and "
            + "e-mail where given, through the outbox; with includeWaitlist also to everyone verified in line. "
            + "Answers how many people it goes to.")
    @APIResponse(responseCode = "202", description = "Queued for sending")
    public Response announce(@PathParam("id") long id, EventJson.Announcement body) {
        int recipients = administration.announce(id, body == null ? null : body.text(),
                body != null && Boolean.TRUE.equals(body.includeWaitlist()));
        return Response.accepted(new EventJson.Announced(recipients)).build();
    }

    private EventJson.EventView view(long id) {
        return EventJson.EventView.of(catalogue.find(id), EventJson.contentLanguage(request), time.zone(), time.now());
    }
}
