package dk.helhed.events.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.time.TimeSource;
import dk.helhed.web.ClientAddress;
import dk.helhed.web.Problem;
import dk.helhed.web.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {
    @Inject
    ClientAddress clientAddress;

    @Inject
    EventCatalogue catalogue;

    @Inject
    SignUps signUps;

    @Inject
    TimeSource time;

    @Inject
    RequestLanguage language;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Open events that have not started, from one day to another (both included), optionally at "
            + "one place: title and description in the language of Accept-Language (da, en or ar, as the coordinator "
            + "writes them; Arabic without a text and any other language get Danish), places left and the waitlist's length.")
    public List<EventJson.EventView> upcoming(
            @Parameter(description = "First day, YYYY-MM-DD (default: today)") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD (default: 62 days after from)") @QueryParam("to") String to,
            @Parameter(description = "Place code, e.g. ellemarken-pavillonen") @QueryParam("place") String place) {
        var zone = time.zone();
        LocalDate first = from == null || from.isBlank() ? LocalDate.now(zone) : date("from", from);
        LocalDate last = to == null || to.isBlank() ? first.plusDays(62) : date("to", to);
        String content = EventJson.contentLanguage(request);
        var now = time.now();
        return catalogue.upcoming(first, last, Optional.ofNullable(place).filter(p -> !p.isBlank())).stream()
                .map(l -> EventJson.EventView.of(l, content, zone, now)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One event, also when it is cancelled or past (see status and signupOpen).")
    public EventJson.EventView one(@PathParam("id") long id) {
        return EventJson.EventView.of(catalogue.find(id), EventJson.contentLanguage(request), time.zone(),
                time.now());
    }

    @POST
    @Path("{id}/signups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up for an event and get a 6-digit code by SMS. A free place is taken at once (HELD); "
            + "a full event puts the sign-up in line (WAITLISTED, with its position). Posting the code to "
            + "signups/{token}/verify before holdUntil confirms the place (or keeps the turn in line); an "
            + "unverified sign-up lets its place or turn go when holdUntil passes. One sign-up per phone and event; "
            + "refused after the sign-up deadline.")
    @APIResponse(responseCode = "201", description = "Signed up; Location is the sign-up's URL")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown event",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Deadline passed, event cancelled or begun, or this phone is "
            + "already signed up", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this address or codes to this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response signUp(@PathParam("id") long id, EventJson.SignupRequest body, @Context UriInfo uri) {
        var b = body == null ? new EventJson.SignupRequest(null, null, null, null) : body;
        Language lang = language.get();
        if (b.language() != null && !b.language().isBlank()) {
            lang = Language.fromTag(b.language())
                    .orElseThrow(() -> Refusal.invalid("language", "field.language.unknown"));
            language.use(lang);
        }
        var held = signUps.hold(new SignUps.Request(id, b.name(), b.phone(), b.email(), lang,
                clientAddress.current()));
        var view = EventJson.SignupView.of(held.signup(), signUps.position(held.signup()), time.zone(),
                held.token().value());
        return Response.created(uri.getBaseUriBuilder().path("events/signups/{token}")
                .build(held.token().value())).entity(view).build();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "field.date.invalid");
        }
    }
}
