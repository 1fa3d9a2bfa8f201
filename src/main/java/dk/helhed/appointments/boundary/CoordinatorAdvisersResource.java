package dk.helhed.appointments.boundary;

import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.List;

/** Coordinators keep advisers' weekly hours and absences; slots follow. */
@Path("coordinator/advisers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class CoordinatorAdvisersResource {
    @Inject
    AdviserHours hours;

    public record AdviserView(long id, String name, List<String> languages) {
    }

    @GET
    @Operation(summary = "The advisers, with the languages they speak.")
    public List<AdviserView> advisers() {
        return hours.advisers().stream().map(a -> new AdviserView(a.id(), a.person().name(),
                a.languages().stream().map(SpokenLanguage::code).toList())).toList();
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
