package dk.helhed.homework.boundary;

import dk.helhed.events.entity.Event;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parents' page ({@code /homework}): the coming weeks' homework help by place, with seats left and a sign-up link. */
@Named
@RequestScoped
public class HomeworkPage {
    @Inject
    HomeworkTimetable timetable;
    @Inject
    TimeSource time;
    @Inject
    PageLanguage language;

    private List<Place> places;

    public record Session(long id, long eventId, String when, String seats, boolean open) {
    }

    public record Place(String code, String name, List<Session> sessions) {
    }

    public List<Place> getPlaces() {
        if (places == null) {
            var lang = language.get();
            var now = time.now();
            LocalDate today = LocalDate.ofInstant(now, time.zone());
            Map<String, Place> byPlace = new LinkedHashMap<>();
            for (var s : timetable.upcoming(today, today.plusDays(HomeworkTimetable.DAYS_AHEAD), Optional.empty())) {
                var place = s.series().place();
                var e = s.event();
                boolean open = e.signupOpen(now);
                byPlace.computeIfAbsent(place.code(), c -> new Place(c, place.name(), new ArrayList<>())).sessions()
                        .add(new Session(s.id(), e.id(), Texts.span(lang, s.startsAt(), s.endsAt(), time.zone()),
                                seats(e, lang, open), open));
            }
            places = List.copyOf(byPlace.values());
        }
        return places;
    }

    static String seats(Event e, Language lang, boolean open) {
        return !open ? Texts.text(lang, "page.homework.closed")
                : e.placesLeft() > 0 ? Texts.text(lang, "page.homework.seats-left", e.placesLeft())
                : Texts.text(lang, "page.homework.full");
    }
}
