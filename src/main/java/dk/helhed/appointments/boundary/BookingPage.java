package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.Adviser;
import dk.helhed.appointments.entity.Appointment;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.i18n.Texts;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.plan.entity.Place;
import dk.helhed.time.TimeSource;
import dk.helhed.web.ClientAddress;
import dk.helhed.web.PageDays;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resident's booking page: free slots by place, a short form, the SMS code, the confirmation. In the page's
 * language, which becomes the booking's: the resident's messages are written in the language they booked in.
 */
@Named
@ViewScoped
public class BookingPage implements Serializable {
    @Inject
    ClientAddress clientAddress;

    private static final Map<String, String> FORM_FIELDS = Map.of("slotId", "book:slot", "name", "book:name",
            "phone", "book:phone", "email", "book:email", "code", "verify:code");

    @Inject
    transient Booking booking;
    @Inject
    transient TimeSource time;
    @Inject
    transient PageLanguage language;
    @PersistenceContext
    transient EntityManager em;
    @Inject
    transient Plan plan;

    private String place;
    private transient Optional<PlaceChoice> chosen;
    // the language the resident wants to speak with the adviser; not the page's own language
    private String speaks;
    private Long slotId;
    private String name;
    private String phone;
    private String email;
    private String token;
    private String code;
    private String from;
    private Confirmation held;
    private Confirmation booked;
    private transient List<SlotChoice> slots;

    public record SlotChoice(long id, String label) {
    }

    /** A language to filter by, named in itself so its speakers recognise it, and here when the page names it otherwise. */
    public record LanguageChoice(String code, String name, String nameHere) {
    }

    /** An appointment as the code step and the confirmation show it: when from start to end, and where to go. */
    public record Confirmation(String reference, String when, String place, String address, String map)
            implements Serializable {
    }

    /** A place to choose, with where it is. */
    public record PlaceChoice(String code, String name, String address, String map) {
        static PlaceChoice of(Place p) {
            return new PlaceChoice(p.code(), p.name(), p.streetAddress(), p.mapLink());
        }
    }

    /** The places where someone can be booked (and the one chosen, should its last time just have gone). */
    public List<PlaceChoice> getPlaces() {
        var places = new java.util.ArrayList<>(booking.bookablePlaces().stream().map(PlaceChoice::of).toList());
        getChosen().filter(c -> places.stream().noneMatch(p -> p.code().equals(c.code())))
                .ifPresent(c -> places.add(c));
        return places;
    }

    /** The place chosen in the filter, with its address (looked up once per choice). */
    private Optional<PlaceChoice> getChosen() {
        if (chosen == null) {
            chosen = place == null || place.isBlank() ? Optional.empty()
                    : plan.place(place.strip()).map(PlaceChoice::of);
        }
        return chosen;
    }

    public PlaceChoice getChosenPlace() {
        return getChosen().orElse(null);
    }

    /** The first day shown: {@code from} if given and not in the past, else today. Pages are 7 days long. */
    public LocalDate firstDay() {
        return PageDays.firstDay(from, LocalDate.now(time.zone()));
    }

    public String getWeekLabel() {
        var lang = language.get();
        return Texts.text(lang, "page.book.week", Texts.day(lang, firstDay()), Texts.day(lang, firstDay().plusDays(6)));
    }

    public String getPreviousWeek() {
        LocalDate previous = firstDay().minusDays(7);
        return previous.isBefore(LocalDate.now(time.zone())) ? null : previous.toString();
    }

    public boolean isFirstWeek() {
        return !firstDay().isAfter(LocalDate.now(time.zone()));
    }

    public String getNextWeek() {
        return firstDay().plusDays(7).toString();
    }

    public List<SlotChoice> getSlots() {
        if (slots == null) {
            LocalDate first = firstDay();
            Optional<String> at = Optional.ofNullable(place).filter(p -> !p.isBlank());
            try {
                slots = booking.freeSlots(first, first.plusDays(6), at, spoken()).stream()
                        .map(s -> new SlotChoice(s.id(), Texts.span(language.get(), s.window().start(),
                                s.window().end(), time.zone()) + (at.isPresent() ? "" : " · " + s.placeName())
                                + names(s.languages())))
                        .toList();
            } catch (Refusal unknownPlace) {
                slots = List.of();
            }
        }
        return slots;
    }

    /** Holds the chosen slot and sends the code; the next step asks for it. */
    public String book() {
        var faces = FacesContext.getCurrentInstance();
        try {
            String from = clientAddress.current();
            // filtering by a language says the resident wants to speak it at the meeting
            var result = booking.hold(new Booking.Request(slotId, name, phone, email, language.get(),
                    spoken().map(SpokenLanguage::code).orElse(null), null, from));
            token = result.token().value();
            held = confirmation(result.appointment());
        } catch (Refusal refusal) {
            show(refusal);
            slots = null;
        }
        return null;
    }

    /** The code from the SMS: right, and the appointment is booked. */
    public String verify() {
        try {
            booked = confirmation(booking.verify(token, code));
        } catch (Refusal refusal) {
            show(refusal);
        }
        code = null;
        return null;
    }

    public String resend() {
        try {
            booking.resendCode(token);
            PageMessages.told(language.get(), "page.book.code.resent");
        } catch (Refusal refusal) {
            show(refusal);
        }
        return null;
    }

    private void show(Refusal refusal) {
        PageMessages.refused(refusal, language.get(), FORM_FIELDS);
    }

    private Confirmation confirmation(Appointment a) {
        var p = a.slot().place();
        return new Confirmation(a.reference(), Texts.span(language.get(), a.slot().window().start(),
                a.slot().window().end(), time.zone()), p.name(), p.streetAddress(),
                p.mapLink());
    }

    /**
     * The languages the advisers speak, to filter the slots by: each named in itself, as its speakers look for it,
     * and in the page's language when that names it otherwise ("Soomaali", "Somalisk").
     */
    public List<LanguageChoice> getSpokenLanguages() {
        var page = language.get();
        return em.createNamedQuery(Adviser.LANGUAGES_SPOKEN, String.class).getResultStream()
                .map(SpokenLanguage::of).flatMap(Optional::stream).sorted()
                .map(l -> {
                    String here = l.nameIn(page);
                    return new LanguageChoice(l.code(), l.ownName(), here.equals(l.ownName()) ? null : here);
                }).toList();
    }

    private Optional<SpokenLanguage> spoken() {
        return SpokenLanguage.of(speaks);
    }

    /** " · Dansk, Engelsk, Arabisk" in the page's language, or nothing for an adviser whose languages are not recorded. */
    private String names(Collection<SpokenLanguage> languages) {
        var page = language.get();
        return languages.isEmpty() ? "" : " · " + Texts.list(page,
                languages.stream().map(l -> l.nameIn(page)).toList());
    }



    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
        this.slots = null;
        this.chosen = null;
    }

    public String getSpeaks() {
        return speaks;
    }

    public void setSpeaks(String speaks) {
        this.speaks = speaks;
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

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
        this.slots = null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Confirmation getHeld() {
        return held;
    }

    public Confirmation getBooked() {
        return booked;
    }
}
