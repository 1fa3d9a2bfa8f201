package dk.helhed.events.boundary;

import dk.helhed.events.entity.Event;
import dk.helhed.events.entity.Signup;
import dk.helhed.plan.entity.Place;
import dk.helhed.web.RequestLanguage;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The JSON shapes of the events API. Times are ISO-8601 with the plan's offset, e.g. 2027-03-23T18:00:00+01:00.
 * Absent values (a position for someone not in line) are left out.
 */
public final class EventJson {
    private static final Set<String> CONTENT_LANGUAGES = Set.of("da", "en", "ar");

    private EventJson() {
    }

    public record PlaceRef(String code, String name, String address) {
        static PlaceRef of(Place place) {
            return new PlaceRef(place.code(), place.name(), place.address());
        }
    }

    public record EventView(long id, String seriesId, String status, String title, String description,
                            PlaceRef place, String start, String end, String signupDeadline, boolean signupOpen,
                            int capacity, int placesLeft, long waitlist) {
        static EventView of(EventCatalogue.Listed listed, String language, ZoneId zone, Instant now) {
            Event e = listed.event();
            return new EventView(e.id(), e.seriesId(), e.status().name(), e.title().in(language),
                    e.description().in(language), PlaceRef.of(e.place()), local(e.startsAt(), zone),
                    local(e.endsAt(), zone), local(e.signupDeadline(), zone), e.signupOpen(now), e.capacity(),
                    e.placesLeft(), listed.waitlist());
        }
    }

    /** What a resident sends to sign up. {@code language} is da (default) or en. */
    public record SignupRequest(String name, String phone, String email, String language) {
    }

    /** The 6-digit code from the SMS. */
    public record CodeRequest(String code) {
    }

    public record EventRef(long id, String title, String start, String end, PlaceRef place) {
    }

    /**
     * A sign-up as its resident sees it. {@code manageToken} is shown once, in the answer to the sign-up;
     * {@code holdUntil} is set while the SMS code is awaited, {@code offerUntil} while a place is offered.
     */
    public record SignupView(String reference, String status, Integer position, String holdUntil,
                             String offerUntil, String language, EventRef event, String manageToken) {
        static SignupView of(Signup s, OptionalInt position, ZoneId zone, String token) {
            Event e = s.event();
            String language = s.contact().language().tag();
            return new SignupView(s.reference(), s.status().name(),
                    position.isPresent() ? position.getAsInt() : null, local(s.holdUntil(), zone),
                    local(s.offerUntil(), zone), language,
                    new EventRef(e.id(), e.title().in(language), local(e.startsAt(), zone), local(e.endsAt(), zone),
                            PlaceRef.of(e.place())), token);
        }
    }

    /** What was made: one event, or every week of a weekly series; {@code skipped} are the days of a weekly series left out because the offices are closed. */
    @Schema(name = "EventsCreated")
    public record Created(String seriesId, List<EventView> events, List<String> skipped) {
    }

    /** One person signed up, for the coordinator. {@code position} is set for those in line. */
    public record Participant(String reference, String name, String phone, String email, String status,
                              boolean verified, Integer position) {
        static Participant of(Signup s, Integer position) {
            var contact = s.contact();
            return new Participant(s.reference(), contact.name(), contact.phone(), contact.email().orElse(null),
                    s.status().name(), s.verified(), position);
        }
    }

    @Schema(name = "EventParticipants")
    public record Participants(EventView event, List<Participant> participants, List<Participant> waitlist) {
    }

    /** A coordinator's words to everyone with a place, and to those verified in line if {@code includeWaitlist}. */
    public record Announcement(String text, Boolean includeWaitlist) {
    }

    public record Announced(int recipients) {
    }

    /** The language of the event texts: the first of Accept-Language that events are written in, else Danish. */
    static String contentLanguage(HttpServletRequest request) {
        return RequestLanguage.preferred(request).stream().map(Locale::getLanguage)
                .filter(CONTENT_LANGUAGES::contains).findFirst().orElse("da");
    }

    static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
