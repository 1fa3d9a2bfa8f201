package dk.helhed.appointments.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code /coordinator/booking}: staff book for a resident at the desk or on the phone (a free time found by place and
 * day, the resident's details and their oral consent), or, with {@code ?ref=}, move or cancel a resident's
 * appointment for them. The resident gets the usual messages; the access log records who acted.
 */
@Named
@ViewScoped
public class StaffBookingPage implements Serializable {
    private static final int DAYS_SHOWN = 7;
    /** The resident's own wording ("Skriv dit navn.") as staff read it, about the resident ("Skriv borgerens navn."). */
    private static final Map<String, String> ABOUT_THE_RESIDENT = Map.of("field.name.empty", "field.resident.name.empty",
            "field.phone.empty", "field.resident.phone.empty", "field.phone.resident", "field.resident.phone.invalid",
            "field.phone.no-sms", "field.resident.phone.no-sms");
    private static final Map<String, String> FIELDS = Map.of("slotId", "booking:slot", "name", "booking:name",
            "phone", "booking:phone", "email", "booking:email", "language", "booking:language",
            "requestedLanguage", "booking:requested", "note", "booking:note", "consent", "booking:consent");

    @Inject
    transient Booking booking;
    @Inject
    transient AppointmentBook book;
    @Inject
    transient PageLanguage language;
    @Inject
    transient TimeSource time;
    @Inject
    transient HttpServletRequest request;

    private String ref;
    private String place;
    private String day;
    private Long slot;
    private String name;
    private String phone;
    private String email;
    private String residentLanguage = "da";
    private String requested;
    private String note;
    private boolean consent;
    private boolean confirmingCancel;
    private String booked;
    private transient List<Slot> slots;
    private transient List<Choice> spoken = List.of();
    private transient AppointmentBook.Entry changing;

    public record Choice(String value, String label) {
    }

    /** A free time as the list shows it: when, where, and the languages its adviser speaks. */
    public record Slot(long id, String label) {
    }

    public List<Choice> getPlaces() {
        return booking.bookablePlaces().stream().map(p -> new Choice(p.code(), p.name())).toList();
    }

    public List<Slot> getSlots() {
        if (slots == null) {
            slots = List.of();
            spoken = List.of();
            String at = getPlace();
            if (at == null) {
                return slots;
            }
            try {
                LocalDate first = firstDay();
                var lang = language.staff();
                var free = booking.freeSlots(first, first.plusDays(DAYS_SHOWN - 1), Optional.of(at), Optional.empty());
                slots = free.stream().map(s -> new Slot(s.id(), Texts.span(lang, s.window().start(),
                        s.window().end(), time.zone()) + (s.languages().isEmpty() ? "" : " · " + String.join(", ",
                        s.languages().stream().map(SpokenLanguage::ownName).toList())))).toList();
                var found = new TreeSet<SpokenLanguage>();
                free.forEach(s -> found.addAll(s.languages()));
                spoken = found.stream().map(l -> new Choice(l.code(), l.ownName())).toList();
            } catch (Refusal refusal) {
                PageMessages.refused(refusal, language.staff(), Map.of("from", "slots:day", "to", "slots:day"));
            }
        }
        return slots;
    }

    private LocalDate firstDay() {
        try {
            return day == null || day.isBlank() ? LocalDate.now(time.zone()) : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("from", "field.date.invalid");
        }
    }

    /** The languages a resident can be written to in, each named in itself. */
    public List<Choice> getLanguages() {
        return Arrays.stream(Language.values()).map(l -> new Choice(l.tag(), Texts.text(l, "language." + l.tag())))
                .toList();
    }

    /** The languages the advisers of the times shown speak, to ask for one (read with the times). */
    public List<Choice> getSpoken() {
        getSlots();
        return spoken;
    }

    /** Shows the free times from the day chosen (a day that is not one is said at the top, before the page). */
    public void show() {
        slots = null;
        slot = null;
        getSlots();
    }

    public void book() {
        try {
            var lang = Language.fromTag(residentLanguage == null ? "" : residentLanguage)
                    .orElseThrow(() -> Refusal.invalid("language", "field.language.unknown"));
            var made = booking.bookForResident(new Booking.Request(slot, name, phone, email, lang,
                    requested == null || requested.isBlank() ? null : requested, note, null), consent, who());
            booked = made.appointment().reference();
            PageMessages.told(language.staff(), "page.booking.booked", booked);
            name = null;
            phone = null;
            email = null;
            note = null;
            requested = null;
            consent = false;
            slot = null;
        } catch (Refusal refusal) {
            PageMessages.refused(aboutTheResident(refusal), language.staff(), FIELDS);
        }
        slots = null;
    }

    private static Refusal aboutTheResident(Refusal refusal) {
        if (refusal.fields().isEmpty()) {
            return refusal;
        }
        return Refusal.invalid(refusal.fields().stream().map(f -> new Refusal.FieldProblem(f.field(),
                ABOUT_THE_RESIDENT.getOrDefault(f.key(), f.key()), f.args())).toList());
    }

    /** The appointment being changed ({@code ?ref=}), as the coordinator's list shows it; null when none. */
    public AppointmentBook.Entry getChanging() {
        if (changing == null && ref != null && !ref.isBlank()) {
            changing = book.list(new AppointmentBook.Filter(null, null, null, null, ref), who()).stream()
                    .filter(e -> e.reference().equalsIgnoreCase(ref.strip())).findFirst().orElse(null);
        }
        return changing;
    }

    public String getChangingWhen() {
        var e = getChanging();
        if (e == null) {
            return "";
        }
        var lang = language.staff();
        return Texts.span(lang, OffsetDateTime.parse(e.start()).toInstant(), OffsetDateTime.parse(e.end()).toInstant(),
                time.zone());
    }

    public void move() {
        try {
            var moved = booking.moveForResident(ref, slot, who());
            PageMessages.told(language.staff(), "page.booking.moved", moved.reference());
            slot = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), Map.of("slotId", "booking:slot"));
        }
        changing = null;
        slots = null;
    }

    public void askCancel() {
        confirmingCancel = true;
    }

    public void keep() {
        confirmingCancel = false;
    }

    public void cancel() {
        try {
            var cancelled = booking.cancelForResident(ref, who());
            PageMessages.told(language.staff(), "page.booking.cancelled", cancelled.reference());
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff());
        }
        confirmingCancel = false;
        changing = null;
        slots = null;
    }

    private String who() {
        return request.getUserPrincipal().getName();
    }

    public boolean isConfirmingCancel() { return confirmingCancel; }
    public String getBooked() { return booked; }
    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    /** The place whose times are shown: the appointment's own when one is being moved, else the first. */
    public String getPlace() {
        if (place == null && getChanging() != null) {
            place = getChanging().place();
        }
        if (place == null) {
            place = getPlaces().stream().findFirst().map(Choice::value).orElse(null);
        }
        return place;
    }
    public void setPlace(String place) { this.place = place; }
    public String getDay() { return day == null ? LocalDate.now(time.zone()).toString() : day; }
    public void setDay(String day) { this.day = day; }
    public Long getSlot() { return slot; }
    public void setSlot(Long slot) { this.slot = slot; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getResidentLanguage() { return residentLanguage; }
    public void setResidentLanguage(String residentLanguage) { this.residentLanguage = residentLanguage; }
    public String getRequested() { return requested; }
    public void setRequested(String requested) { this.requested = requested; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
