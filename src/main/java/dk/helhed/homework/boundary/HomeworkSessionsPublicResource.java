package dk.helhed.homework.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.time.TimeSource;
import dk.helhed.web.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Public: the homework-help sessions parents can reserve a seat in. No tutors' names. */
@Path("homework-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HomeworkSessionsPublicResource {
    private static final Set<String> CONTENT_LANGUAGES = Set.of("da", "en", "ar");

    @Inject
    HomeworkTimetable timetable;
    @Inject
    TimeSource time;
    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Homework-help sessions still to come, from one day to another (both included), optionally "
            + "at one place: where, when, child seats and seats left, and the event whose sign-up reserves a seat "
            + "(POST /api/v1/events/{eventId}/signups, or the page signupPage). Titles in the language of "
            + "Accept-Language (da, en or ar).")
    public List<HomeworkJson.PublicSession> upcoming(
            @Parameter(description = "Place code, e.g. ellemarken") @QueryParam("place") String place,
            @Parameter(description = "First day, YYYY-MM-DD (default: today)") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD (default: 28 days after from)") @QueryParam("to") String to) {
        var zone = time.zone();
        LocalDate first = from == null || from.isBlank() ? LocalDate.ofInstant(time.now(), zone) : date("from", from);
        LocalDate last = to == null || to.isBlank() ? first.plusDays(HomeworkTimetable.DAYS_AHEAD) : date("to", to);
        String language = RequestLanguage.preferred(request).stream().map(Locale::getLanguage)
                .filter(CONTENT_LANGUAGES::contains).findFirst().orElse("da");
        var now = time.now();
        return timetable.upcoming(first, last, Optional.ofNullable(place).filter(p -> !p.isBlank())).stream()
                .map(s -> HomeworkJson.PublicSession.of(s, language, zone, now)).toList();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "field.date.invalid");
        }
    }
}
