package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.plan.entity.Place;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The JSON shapes of the appointment API. Times are ISO-8601 with the plan's offset, e.g. 2027-03-29T10:00:00+02:00. */
public final class AppointmentJson {
    private AppointmentJson() {
    }

    public record PlaceRef(String code, String name, String address) {
        static PlaceRef of(Place place) {
            return new PlaceRef(place.code(), place.name(), place.address());
        }
    }

    /** A free slot; {@code languages} are those its adviser speaks, ISO 639-1 codes, sorted. */
    public record Slot(long id, String start, String end, PlaceRef place, List<String> languages) {
        static Slot of(Booking.FreeSlot slot, ZoneId zone) {
            return new Slot(slot.id(), local(slot.window().start(), zone), local(slot.window().end(), zone),
                    new PlaceRef(slot.placeCode(), slot.placeName(), slot.placeAddress()),
                    slot.languages().stream().map(SpokenLanguage::code).toList());
        }
    }

    /**
     * What the resident sends to book. {@code language} is that of the messages, da (default), en, ar,
     * so, tr or ur;
     * {@code requestedLanguage}, optional, the ISO 639-1 code of the language they want to speak at the meeting;
     * {@code note} an optional short note for the adviser (at most 300 characters).
     */
    public record BookingRequest(Long slotId, String name, String phone, String email, String language,
                                 String requestedLanguage, String note) {
    }

    /** What a member of staff sends to book for a resident; {@code consent} says the resident agreed orally. */
    public record StaffBookingRequest(Long slotId, String name, String phone, String email, String language,
                                      String requestedLanguage, String note, Boolean consent) {
    }

    /** One appointment on an adviser's day: who comes, how to reach them, what they asked for. */
    public record DayEntry(String reference, String start, String end, PlaceRef place, String name, String phone,
                           String requestedLanguage, String note, String attendance, boolean bookedByStaff) {
        static DayEntry of(Appointment a, ZoneId zone) {
            var w = a.slot().window();
            return new DayEntry(a.reference(), local(w.start(), zone), local(w.end(), zone),
                    PlaceRef.of(a.slot().place()), a.residentName(), a.residentPhone(),
                    a.requestedLanguage().map(SpokenLanguage::code).orElse(null), a.note(),
                    a.attendance() == null ? null : a.attendance().name(), a.consentRecordedBy() != null);
        }
    }

    /** Whether the resident came: ATTENDED or NO_SHOW. */
    public record AttendanceRequest(String attendance) {
    }

    /**
     * The answer to a booking; {@code manageToken} is shown this once and never again. The status is HELD until the
     * code sent by SMS is posted to {@code manage/{token}/verify} before {@code holdUntil}.
     */
    public record Booked(String reference, String status, String start, String end, PlaceRef place,
                         String holdUntil, String manageToken) {
    }

    /** The 6-digit code from the SMS. */
    public record CodeRequest(String code) {
    }

    /** Where to move an appointment. */
    public record MoveRequest(Long slotId) {
    }

    public record AppointmentView(String reference, String status, String start, String end, PlaceRef place,
                                  String language, String requestedLanguage, String holdUntil) {
        static AppointmentView of(Appointment a, ZoneId zone) {
            var w = a.slot().window();
            return new AppointmentView(a.reference(), a.status().name(), local(w.start(), zone), local(w.end(), zone),
                    PlaceRef.of(a.slot().place()), a.language().tag(),
                    a.requestedLanguage().map(SpokenLanguage::code).orElse(null),
                    a.holdUntil() == null ? null : local(a.holdUntil(), zone));
        }
    }

    static String local(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
