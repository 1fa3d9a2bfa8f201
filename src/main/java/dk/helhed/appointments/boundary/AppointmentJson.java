package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.AppointmentSlot;
import dk.helhed.places.entity.Place;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The JSON shapes of the appointment API. Times are ISO-8601 with the plan's offset, e.g. 2027-03-29T10:00:00+02:00. */
public final class AppointmentJson {
    private AppointmentJson() {
    }

    public record PlaceRef(String code, String name) {
        static PlaceRef of(Place place) {
            return new PlaceRef(place.code(), place.name());
        }
    }

    public record Slot(long id, String start, String end, PlaceRef place) {
        static Slot of(AppointmentSlot slot, ZoneId zone) {
            return new Slot(slot.id(), local(slot.window().start(), zone), local(slot.window().end(), zone),
                    PlaceRef.of(slot.place()));
        }
    }

    /** What the resident sends to book. {@code language} is da (default), en or ar. */
    public record BookingRequest(Long slotId, String name, String phone, String email, String language) {
    }

    /** The answer to a booking; {@code manageToken} is shown this once and never again. */
    public record Booked(String reference, String status, String start, String end, PlaceRef place,
                         String manageToken) {
    }

    public record AppointmentView(String reference, String status, String start, String end, PlaceRef place,
                                  String language) {
        static AppointmentView of(Appointment a, ZoneId zone) {
            var w = a.slot().window();
            return new AppointmentView(a.reference(), a.status().name(), local(w.start(), zone), local(w.end(), zone),
                    PlaceRef.of(a.slot().place()), a.language().tag());
        }
    }

    static String local(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
