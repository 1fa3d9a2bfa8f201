package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Subject;
import dk.helhed.shifts.control.ShiftSettings;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.time.TimeSource;
import dk.helhed.web.Problem;
import dk.helhed.web.PublicUrl;
import dk.helhed.web.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The signed-in volunteer's homework-help shifts: find open ones, take one or a whole series, see and give up their
 * own, hours served, and their private calendar link. Who they are comes from the sign-in, never from the request.
 */
@Path("volunteer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {
    private static final ShiftKind KIND = ShiftKind.HOMEWORK;

    @Inject
    ShiftBoard board;

    @Inject
    Assignments assignments;

    @Inject
    CalendarFeeds feeds;

    @Inject
    ShiftSettings settings;
    @Inject
    PublicUrl publicUrl;

    @Inject
    TimeSource time;

    @Inject
    RequestLanguage language;

    @Context
    SecurityContext caller;

    @GET
    @Path("shifts")
    @Operation(summary = "Open homework-help shifts that have not begun and still miss tutors, soonest first: place, "
            + "local start and end, subject, how many of how many tutors (never who), and whether you have it.")
    public List<ShiftJson.ShiftView> open(
            @Parameter(description = "Place code, e.g. soeparken") @QueryParam("place") String place,
            @Parameter(description = "Weekday: MONDAY … SUNDAY") @QueryParam("day") String day,
            @Parameter(description = "MATHS, DANISH or ENGLISH") @QueryParam("subject") String subject,
            @Parameter(description = "First day, YYYY-MM-DD (default today)") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD (default: no limit)") @QueryParam("to") String to) {
        long me = me();
        var zone = time.zone();
        var subjects = subject(subject);
        var filter = new ShiftBoard.Filter(KIND, place == null || place.isBlank() ? Set.of() : Set.of(place.strip()),
                weekday(day), subjects == null ? Set.of() : Set.of(subjects), false,
                from == null || from.isBlank() ? null : date("from", from).atStartOfDay(zone).toInstant(),
                to == null || to.isBlank() ? null : date("to", to).plusDays(1).atStartOfDay(zone).toInstant());
        return board.open(filter, me).stream().map(o -> ShiftJson.ShiftView.of(o.shift(), o.mine(), zone)).toList();
    }

    @POST
    @Path("shifts/{id}/assignment")
    @Operation(summary = "Take a place on the shift. You get a confirmation by e-mail (with the shift as .ics) and "
            + "a reminder the evening before (also by SMS if you accept SMS).")
    @APIResponse(responseCode = "201", description = "Taken; Location is the assignment")
    @APIResponse(responseCode = "404", description = "No such homework-help shift",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Full, begun, cancelled, already yours, or you have another "
            + "shift at that time", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "Lost a database conflict; nothing was changed, try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response take(@PathParam("id") long id, @Context UriInfo uri) {
        long me = me();
        board.shiftOfKind(id, KIND);
        var assignment = assignments.take(id, me);
        return Response.created(uri.getBaseUriBuilder().path("volunteer/assignments/{id}").build(assignment.id()))
                .entity(ShiftJson.AssignmentView.of(assignment, time.zone(), settings.cutoff(), time.now())).build();
    }

    @POST
    @Path("series/{series}/assignments")
    @Operation(summary = "Take every shift still to come in a series (\"every Tuesday this term\"), for one subject "
            + "(none: the series' shifts for any subject). Each shift is taken on its own: the answer lists what "
            + "was taken and what was skipped and why (FULL, OVERLAP, BEGUN, ALREADY_YOURS, CANCELLED, BUSY).")
    @APIResponse(responseCode = "200", description = "What was taken and what was skipped")
    @APIResponse(responseCode = "404", description = "The series has no shifts to come for that subject",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ShiftJson.SeriesView takeSeries(@PathParam("series") String series,
                                           @QueryParam("subject") String subject) {
        long me = me();
        var result = assignments.takeSeries(series, subject(subject), me, KIND);
        return ShiftJson.SeriesView.of(result, time.zone(), settings.cutoff(), time.now(), language.get());
    }

    @GET
    @Path("my-shifts")
    @Operation(summary = "Your places on shifts that have not ended, soonest first; cancellable says whether you may "
            + "still give one up yourself (before the cut-off), otherwise ask the coordinator.")
    public List<ShiftJson.AssignmentView> mine() {
        long me = me();
        var now = time.now();
        return board.upcoming(me).stream()
                .map(a -> ShiftJson.AssignmentView.of(a, time.zone(), settings.cutoff(), now)).toList();
    }

    @DELETE
    @Path("assignments/{id}")
    @Operation(summary = "Give up your place on a shift, up to the cut-off before it starts (24 hours by default); "
            + "later the answer is 409 and says to ask the coordinator.")
    @APIResponse(responseCode = "204", description = "Given up; the reminders are cancelled")
    @APIResponse(responseCode = "404", description = "Not one of your places",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Too late (ask the coordinator), or already given up",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response giveUp(@PathParam("id") long id) {
        assignments.giveUp(id, me());
        return Response.noContent().build();
    }

    @POST
    @Path("assignments/{id}/cancel")
    @Operation(summary = "The same as DELETE assignments/{id}, for clients that only POST.")
    public Response cancel(@PathParam("id") long id) {
        return giveUp(id);
    }

    @GET
    @Path("hours")
    @Operation(summary = "Hours you served in each month of a year (default this year): shifts you held that have "
            + "ended, counted in the month they started (local time), in real hours across daylight saving.")
    public ShiftJson.HoursView hours(@QueryParam("year") String year) {
        long me = me();
        Year which;
        try {
            which = year == null || year.isBlank() ? Year.now(time.zone()) : Year.of(Integer.parseInt(year.strip()));
            if (which.getValue() < 2000 || which.getValue() > 2200) {
                throw new NumberFormatException(year);
            }
        } catch (NumberFormatException | DateTimeException e) {
            throw Refusal.invalid("year", "field.year.invalid");
        }
        return ShiftJson.HoursView.of(which.getValue(), board.hours(me, which));
    }

    @GET
    @Path("calendar")
    @Operation(summary = "Whether you have a private calendar link, and since when (the link itself is shown only "
            + "when it is made).")
    public ShiftJson.CalendarView calendar() {
        return feeds.madeAt(me()).map(at -> new ShiftJson.CalendarView(true, at.toString(), null))
                .orElse(new ShiftJson.CalendarView(false, null, null));
    }

    @POST
    @Path("calendar")
    @Operation(summary = "Make a new private calendar link to subscribe to on your phone (an .ics feed of your "
            + "shifts). Any older link stops working.")
    @APIResponse(responseCode = "201", description = "The new link, shown this once")
    public Response newCalendar() {
        String token = feeds.renew(me());
        String url = CalendarResource.url(publicUrl.base(), token);
        return Response.status(Response.Status.CREATED).entity(new ShiftJson.CalendarView(true,
                time.now().toString(), url)).build();
    }

    private long me() {
        return board.personOf(who());
    }

    private String who() {
        return caller.getUserPrincipal().getName();
    }

    static DayOfWeek weekday(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("day", "field.day.invalid");
        }
    }

    static Subject subject(String subject) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        return Subject.parse(subject).orElseThrow(() -> Refusal.invalid("subject", "field.subject.unknown"));
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "field.date.invalid");
        }
    }
}
