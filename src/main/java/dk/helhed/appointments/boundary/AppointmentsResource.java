package dk.helhed.appointments.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.time.TimeSource;
import dk.helhed.web.Problem;
import dk.helhed.web.RequestLanguage;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {
    @Inject
    Booking booking;

    @Inject
    TimeSource time;

    @Inject
    RequestLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a free slot. The resident gets a confirmation by SMS (and e-mail, if given) and a "
            + "reminder the evening before.")
    @APIResponse(responseCode = "201", description = "Booked; Location is the manage URL")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The slot was just taken",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE))
    public Response book(AppointmentJson.BookingRequest body, @Context UriInfo uri) {
        if (body == null) {
            throw Refusal.invalid("slotId", "field.slot.empty");
        }
        Language lang = language.get();
        if (body.language() != null && !body.language().isBlank()) {
            lang = Language.fromTag(body.language())
                    .orElseThrow(() -> Refusal.invalid("language", "field.language.unknown"));
            language.use(lang);
        }
        var booked = booking.book(new Booking.Request(body.slotId(), body.name(), body.phone(), body.email(), lang,
                body.requestedLanguage()));
        var view = AppointmentJson.AppointmentView.of(booked.appointment(), time.zone());
        var json = new AppointmentJson.Booked(view.reference(), view.status(), view.start(), view.end(),
                view.place(), booked.token().value());
        return Response.created(uri.getBaseUriBuilder().path("appointments/manage/{token}")
                .build(booked.token().value())).entity(json).build();
    }

    @GET
    @Path("manage/{token}")
    @Operation(summary = "See an appointment through its manage token. Reading never changes anything.")
    public AppointmentJson.AppointmentView view(@PathParam("token") String token) {
        return AppointmentJson.AppointmentView.of(booking.byToken(token), time.zone());
    }

    @POST
    @Path("manage/{token}/cancel")
    @Operation(summary = "Cancel an appointment through its manage token; the slot is free again and messages not "
            + "yet sent are cancelled.")
    public AppointmentJson.AppointmentView cancel(@PathParam("token") String token) {
        return AppointmentJson.AppointmentView.of(booking.cancel(token), time.zone());
    }
}
