package dk.helhed.appointments.boundary;

import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import dk.helhed.web.Problem;
import jakarta.json.Json;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Coordinators keep advisers' weekly hours and absences; slots follow. */
@Path("coordinator/advisers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class CoordinatorAdvisersResource {
    @Inject
    AdviserHours hours;

    /** The languages an adviser speaks. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AdviserLanguages")
    public record Languages(List<String> languages) {
    }

    @GET
    @Operation(summary = "The advisers, by name, with the languages they speak, their weekly hours and their "
            + "absences not yet over.")
    public List<AdviserHours.Overview> advisers() {
        return hours.overview();
    }

    @GET
    @Path("candidates")
    @Operation(summary = "Staff with the adviser role who are not advisers yet: {account (e-mail), name}.")
    public List<AdviserHours.Candidate> candidates() {
        return hours.candidates();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Makes a staff member with the adviser role an adviser: {account (their e-mail), languages "
            + "(ISO 639-1 codes, at least one)}. Answers {id}; weekly hours come next.")
    @APIResponse(responseCode = "201", description = "Made an adviser")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response make(AdviserHours.NewAdviser body) {
        long id = hours.makeAdviser(body);
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("id", id).build())
                .build();
    }

    @PUT
    @Path("{id}/languages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the languages an adviser speaks: {languages: [ISO 639-1 codes, at least one]}.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Bad input", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response languages(@PathParam("id") long id, Languages body) {
        hours.speaks(id, body == null ? null : body.languages());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/weekly-hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add weekly hours: {place, day (MONDAY..SUNDAY), from, until (HH:mm), slotMinutes? (45), "
            + "validFrom? (today), validUntil?}. Slots are made at once, up to the booking horizon; Danish public "
            + "holidays and closed days get none.")
    public Response weeklyHours(@PathParam("id") long id, AdviserHours.WeeklyHours body) {
        hours.addWeeklyHours(id, body == null ? new AdviserHours.WeeklyHours(null, null, null, null, null, null, null)
                : body);
        return Response.status(Response.Status.CREATED).build();
    }

    /** How many booked appointments stand in weekly hours that ended, for the coordinator to move or cancel. */
    public record Ended(int bookedLeft) {
    }

    @DELETE
    @Path("{id}/weekly-hours/{hours}")
    @Operation(summary = "End an adviser's weekly hours: yesterday was their last day (hours not begun are removed). "
            + "Their free times from now on are withdrawn at once; booked appointments stand, and bookedLeft says how "
            + "many, to move or cancel for the residents.")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "404", description = "No such adviser, or hours of another",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Ended endHours(@PathParam("id") long id, @PathParam("hours") long hoursId) {
        return new Ended(hours.endWeeklyHours(id, hoursId));
    }

    @DELETE
    @Path("{id}/absences/{absence}")
    @Operation(summary = "Remove an absence (entered wrongly, or called off): the adviser's times in it are offered "
            + "again.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such adviser, or an absence of another",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response removeAbsence(@PathParam("id") long id, @PathParam("absence") long absence) {
        hours.removeAbsence(id, absence);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/absences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an absence: {from, until (YYYY-MM-DD, both included), reason (HOLIDAY, ILLNESS, "
            + "OTHER)}. Free slots in it are withdrawn at once; booked ones stay and are logged for the coordinator.")
    public Response absence(@PathParam("id") long id, AdviserHours.Absence body) {
        hours.addAbsence(id, body == null ? new AdviserHours.Absence(null, null, null) : body);
        return Response.status(Response.Status.CREATED).build();
    }
}
