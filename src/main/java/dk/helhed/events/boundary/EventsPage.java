package dk.helhed.events.boundary;

import dk.helhed.events.entity.Event;
import dk.helhed.events.entity.Localized;
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
    public record Row(long id, Text title, Text description, String place, String address, String map,
                      String when, String places, boolean open) {
    }

    /** A coordinator's text with the language it is written in: Danish where the page's language is missing. */
    public record Text(String text, String lang, String dir) {
        static Text of(Localized localized, Language page) {
            var written = localized.in(page);
            return new Text(written.text(), written.language().tag(), written.language().direction());
        }
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
        return new Row(e.id(), Text.of(e.title(), lang), Text.of(e.description(), lang), e.place().name(),
                e.place().streetAddress(), e.place().mapLink(), when(e, lang, time.zone()), places(e, lang, open),
                open);
    }

    /** "torsdag d. 10. december kl. 17:00–19:00". */
    static String when(Event e, Language lang, java.time.ZoneId zone) {
        return Texts.span(lang, e.startsAt(), e.endsAt(), zone);
    }

    /** "3 places left", "Waitlist" when full, or that sign-up has closed. */
    static String places(Event e, Language lang, boolean open) {
        return !open ? Texts.text(lang, "page.events.closed")
                : e.placesLeft() > 0 ? Texts.text(lang, "page.events.places-left", e.placesLeft())
                : Texts.text(lang, "page.events.waitlist");
    }
}
