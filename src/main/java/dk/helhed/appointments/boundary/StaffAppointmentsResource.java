package dk.helhed.appointments.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Role;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** What staff do with appointments: book for a resident, and (advisers) see their day and record attendance. */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffAppointmentsResource {
    @Inject
    Booking booking;

    @Inject
    AdviserDay days;

    @Inject
    TimeSource time;

    @Context
    SecurityContext caller;

    @POST
    @Path("appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADVISER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Book for a walk-in or phone caller without an SMS code, recording that the resident "
            + "consented orally (consent must be true). The resident gets the confirmation and reminders.")
    public Response book(AppointmentJson.StaffBookingRequest body) {
        if (body == null) {
            throw Refusal.invalid("slotId", "field.slot.empty");
        }
        Language lang = body.language() == null || body.language().isBlank() ? Language.DA
                : Language.fromTag(body.language()).orElseThrow(() ->
                Refusal.invalid("language", "field.language.unknown"));
        var booked = booking.bookForResident(new Booking.Request(body.slotId(), body.name(), body.phone(),
                body.email(), lang, body.requestedLanguage(), body.note(), null), Boolean.TRUE.equals(body.consent()),
                who());
        return Response.status(Response.Status.CREATED)
                .entity(AppointmentJson.AppointmentView.of(booked.appointment(), time.zone())).build();
    }

    /** Where to move an appointment to: a free slot's id. */
    @Schema(name = "StaffMoveRequest")
    public record MoveRequest(Long slotId) {
    }

    @POST
    @Path("appointments/{reference}/cancel")
    @RolesAllowed({Role.ADVISER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Cancel a resident's appointment for them (they asked by phone or at the desk), until it "
            + "begins: the resident's own cut-off does not bind staff. The resident is told with a new link, the "
            + "slot is free again, and the access log records who did it.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "No such reference",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Already cancelled, or begun",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AppointmentJson.AppointmentView cancel(@PathParam("reference") String reference) {
        return AppointmentJson.AppointmentView.of(booking.cancelForResident(reference, who()), time.zone());
    }

    @POST
    @Path("appointments/{reference}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADVISER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Move a resident's appointment for them to another free slot (slotId), until it begins; "
            + "the reference stays, the resident is told with a new link, and the access log records who did it.")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "400", description = "No slot, an unknown one, or one not free",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such reference",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not booked, or begun",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AppointmentJson.AppointmentView move(@PathParam("reference") String reference, MoveRequest body) {
        return AppointmentJson.AppointmentView.of(booking.moveForResident(reference,
                body == null ? null : body.slotId(), who()), time.zone());
    }

    @GET
    @Path("day")
    @RolesAllowed(Role.ADVISER_NAME)
    @Operation(summary = "The signed-in adviser's booked appointments on a day (default today): names, phones, notes.")
    public List<AppointmentJson.DayEntry> day(@QueryParam("date") String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now(time.zone()) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("date", "field.date.invalid");
        }
        var zone = time.zone();
        return days.of(who(), day).stream().map(a -> AppointmentJson.DayEntry.of(a, zone)).toList();
    }

    @POST
    @Path("appointments/{reference}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADVISER_NAME)
    @Operation(summary = "The adviser records whether the resident came (ATTENDED or NO_SHOW), once it has begun.")
    public AppointmentJson.DayEntry attendance(@PathParam("reference") String reference,
                                               AppointmentJson.AttendanceRequest body) {
        var appointment = days.recordAttendance(who(), reference, body == null ? null : body.attendance());
        return AppointmentJson.DayEntry.of(appointment, time.zone());
    }

    private String who() {
        return caller.getUserPrincipal().getName();
    }
}
