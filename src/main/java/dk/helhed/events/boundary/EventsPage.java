package dk.helhed.events.boundary;

import dk.helhed.events.entity.Event;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The residents' list of upcoming open events, in the page's language (an event without it: Danish). */
@Named
@RequestScoped
public class EventsPage {
    static final int DAYS_AHEAD = 62;

    @Inject
    EventCatalogue catalogue;
    @Inject
    TimeSource time;
    @Inject
    PageLanguage language;

    private List<Row> events;

    /** One event as listed; {@code places} says how many are left, or that new sign-ups join the waitlist. */
    public record Row(long id, String title, String description, String place, String when, String places,
                      boolean open) {
    }

    public List<Row> getEvents() {
        if (events == null) {
            LocalDate today = LocalDate.now(time.zone());
            events = catalogue.upcoming(today, today.plusDays(DAYS_AHEAD), Optional.empty()).stream()
                    .map(l -> row(l.event(), language.get())).toList();
        }
        return events;
    }

    private Row row(Event e, Language lang) {
        boolean open = e.signupOpen(time.now());
        return new Row(e.id(), e.title().in(lang.tag()), e.description().in(lang.tag()), e.place().name(),
                Texts.when(lang, e.startsAt(), time.zone()), places(e, lang, open), open);
    }

    /** "3 places left", "Waitlist" when full, or that sign-up has closed. */
    static String places(Event e, Language lang, boolean open) {
        return !open ? Texts.text(lang, "page.events.closed")
                : e.placesLeft() > 0 ? Texts.text(lang, "page.events.places-left", e.placesLeft())
                : Texts.text(lang, "page.events.waitlist");
    }
}
