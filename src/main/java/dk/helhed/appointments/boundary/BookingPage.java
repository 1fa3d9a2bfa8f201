package dk.helhed.appointments.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.places.entity.Place;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resident's booking page: free slots by place, a short form, the confirmation. In the page's language, which
 * becomes the booking's: the resident's messages are written in the language they booked in.
 */
@Named
@ViewScoped
public class BookingPage implements Serializable {
    private static final Map<String, String> FORM_FIELDS = Map.of("slotId", "book:slot", "name", "book:name",
            "phone", "book:phone", "email", "book:email");

    @Inject
    transient Booking booking;
    @Inject
    transient TimeSource time;
    @Inject
    transient PageLanguage language;
    @PersistenceContext
    transient EntityManager em;

    private String place;
    private Long slotId;
    private String name;
    private String phone;
    private String email;
    private Confirmation booked;
    private transient List<SlotChoice> slots;

    public record SlotChoice(long id, String label) {
    }

    public record Confirmation(String reference, String when, String place) {
    }

    public List<Place> getPlaces() {
        return em.createNamedQuery(Place.ALL, Place.class).getResultList();
    }

    public List<SlotChoice> getSlots() {
        if (slots == null) {
            LocalDate today = LocalDate.now(time.zone());
            Optional<String> at = Optional.ofNullable(place).filter(p -> !p.isBlank());
            try {
                slots = booking.freeSlots(today, today.plusDays(14), at).stream()
                        .map(s -> new SlotChoice(s.id(), when(s.window().start())
                                + (at.isPresent() ? "" : " · " + s.place().name())))
                        .toList();
            } catch (Refusal unknownPlace) {
                slots = List.of();
            }
        }
        return slots;
    }

    public String book() {
        var faces = FacesContext.getCurrentInstance();
        try {
            var result = booking.book(new Booking.Request(slotId, name, phone, email, language.get()));
            var a = result.appointment();
            booked = new Confirmation(a.reference(), when(a.slot().window().start()), a.slot().place().name());
        } catch (Refusal refusal) {
            if (refusal.fields().isEmpty()) {
                faces.addMessage(null, error(Texts.text(language.get(), refusal.key())));
            }
            refusal.fields().forEach(f -> faces.addMessage(FORM_FIELDS.getOrDefault(f.field(), null),
                    error(Texts.text(language.get(), f.key(), f.args()))));
            slots = null;
        }
        return null;
    }

    private String when(Instant instant) {
        return Texts.when(language.get(), instant, time.zone());
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
        this.slots = null;
    }

    public Long getSlotId() {
        return slotId;
    }

    public void setSlotId(Long slotId) {
        this.slotId = slotId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Confirmation getBooked() {
        return booked;
    }
}
