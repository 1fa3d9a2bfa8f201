package dk.helhed.appointments.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.time.TimeSource;
import dk.helhed.web.ClientAddress;
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
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {
    @Inject
    ClientAddress clientAddress;

    @Inject
    Booking booking;

    @Inject
    TimeSource time;

    @Inject
    RequestLanguage language;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hold a free slot and send a 6-digit code by SMS. The appointment is booked when the code is "
            + "posted to manage/{token}/verify before holdUntil; then the resident gets a confirmation by SMS (and "
            + "e-mail, if given) and a reminder the evening before. Only Danish (+45) numbers unless configured.")
    @APIResponse(responseCode = "201", description = "Held; Location is the manage URL")
    @APIResponse(responseCode = "429", description = "Too many bookings from this address or codes to this number",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE))
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
        var booked = booking.hold(new Booking.Request(body.slotId(), body.name(), body.phone(), body.email(), lang,
                body.requestedLanguage(), body.note(), clientAddress.current()));
        var view = AppointmentJson.AppointmentView.of(booked.appointment(), time.zone());
        var json = new AppointmentJson.Booked(view.reference(), view.status(), view.start(), view.end(),
                view.place(), view.holdUntil(), booked.token().value());
        return Response.created(uri.getBaseUriBuilder().path("appointments/manage/{token}")
                .build(booked.token().value())).entity(json).build();
    }

    /** Answers about an appointment speak the resident's language, unless the request asks for another. */
    private void useLanguageOf(String token) {
        if (request.getHeader("Accept-Language") == null) {
            try {
                language.use(booking.byToken(token).language());
            } catch (Refusal unknown) {
                // the answer will be "not found", in the request's language
            }
        }
    }

    @GET
    @Path("manage/{token}")
    @Operation(summary = "See an appointment through its manage token. Reading never changes anything.")
    public AppointmentJson.AppointmentView view(@PathParam("token") String token) {
        return AppointmentJson.AppointmentView.of(booking.byToken(token), time.zone());
    }

    @POST
    @Path("manage/{token}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify the phone with the code from the SMS: the held appointment becomes BOOKED and the "
            + "confirmation and reminders are sent. 5 tries per code; a code lives 10 minutes.")
    public AppointmentJson.AppointmentView verify(@PathParam("token") String token, AppointmentJson.CodeRequest body) {
        useLanguageOf(token);
        return AppointmentJson.AppointmentView.of(booking.verify(token, body == null ? null : body.code()),
                time.zone());
    }

    @POST
    @Path("manage/{token}/resend-code")
    @Operation(summary = "Send a new code for a held appointment (after a cooldown; a few per number per hour).")
    public AppointmentJson.AppointmentView resendCode(@PathParam("token") String token) {
        useLanguageOf(token);
        return AppointmentJson.AppointmentView.of(booking.resendCode(token), time.zone());
    }

    @POST
    @Path("manage/{token}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a booked appointment to another free slot, keeping its reference. The old reminders "
            + "are cancelled and new ones queued; the resident is told. Allowed up to the cut-off before the start.")
    public AppointmentJson.AppointmentView move(@PathParam("token") String token, AppointmentJson.MoveRequest body) {
        useLanguageOf(token);
        return AppointmentJson.AppointmentView.of(booking.move(token, body == null ? null : body.slotId()),
                time.zone());
    }

    @POST
    @Path("manage/{token}/cancel")
    @Operation(summary = "Cancel an appointment through its manage token, up to the cut-off before the start; the "
            + "slot is free again, messages not yet sent are cancelled, and the resident is told.")
    public AppointmentJson.AppointmentView cancel(@PathParam("token") String token) {
        useLanguageOf(token);
        return AppointmentJson.AppointmentView.of(booking.cancel(token), time.zone());
    }
}
