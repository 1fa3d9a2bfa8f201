package dk.helhed.appointments.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

@Path("appointment-slots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentSlotsResource {
    @Inject
    Booking booking;

    @Inject
    TimeSource time;

    @GET
    @Operation(summary = "Free economic-advice slots from one day to another (both included), optionally at one place"
            + " and with an adviser who speaks a language. Taken slots, slots sooner than the minimum notice and slots"
            + " beyond the booking horizon are not listed.")
    public List<AppointmentJson.Slot> free(
            @Parameter(description = "First day, YYYY-MM-DD (default: today)") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD (default: 14 days after from)") @QueryParam("to") String to,
            @Parameter(description = "Place code, e.g. ellemarken-pavillonen") @QueryParam("place") String place,
            @Parameter(description = "Only advisers who speak this language, ISO 639-1, e.g. ar")
            @QueryParam("language") String language) {
        LocalDate first = from == null ? LocalDate.now(time.zone()) : date("from", from);
        LocalDate last = to == null ? first.plusDays(14) : date("to", to);
        var zone = time.zone();
        return booking.freeSlots(first, last, Optional.ofNullable(place).filter(p -> !p.isBlank()),
                        spoken(language)).stream()
                .map(s -> AppointmentJson.Slot.of(s, zone)).toList();
    }

    private static Optional<SpokenLanguage> spoken(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SpokenLanguage.of(code)
                .orElseThrow(() -> Refusal.invalid("language", "field.spoken-language.invalid")));
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "field.date.invalid");
        }
    }
}
