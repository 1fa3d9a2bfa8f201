package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.shifts.control.ShiftSettings;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.text.NumberFormat;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The volunteer's own shifts: each with "Cancel" while they may still give it up, otherwise a word to ask the
 * coordinator; hours served this year month by month; and their private calendar link.
 */
@Named
@RequestScoped
public class MyShiftsPage {
    @Inject
    ShiftBoard board;
    @Inject
    Assignments assignments;
    @Inject
    CalendarFeeds feeds;
    @Inject
    ShiftSettings settings;
    @Inject
    TimeSource time;
    @Inject
    PageLanguage language;
    @Inject
    SecurityContext security;

    private List<Row> rows;
    private String feedUrl;

    public record Row(long id, String when, String place, String what, boolean cancellable) {
    }

    public record Month(String name, String hours, int shifts) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            var lang = language.get();
            var zone = time.zone();
            var now = time.now();
            var cutoff = settings.cutoff();
            rows = board.upcoming(me()).stream().map(a -> new Row(a.id(), VolunteerPages.when(a.shift(), lang,
                    zone), a.shift().place().name(), VolunteerPages.what(a.shift(), lang),
                    cutoff.allows(a.shift().startsAt(), now))).toList();
        }
        return rows;
    }

    public void cancel(long assignmentId) {
        var lang = language.get();
        try {
            assignments.giveUp(assignmentId, me());
            PageMessages.told(lang, "page.volunteer.cancelled");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang);
        }
        rows = null;
    }

    public String getHoursTitle() {
        return Texts.text(language.get(), "page.volunteer.hours.title", String.valueOf(year().getValue()));
    }

    public List<Month> getHours() {
        var lang = language.get();
        var numbers = NumberFormat.getNumberInstance(lang.locale());
        numbers.setMaximumFractionDigits(1);
        var months = DateTimeFormatter.ofPattern("LLLL", lang.locale());
        return board.hours(me(), year()).stream().map(m -> new Month(months.format(m.month()),
                numbers.format(m.hours()), m.shifts())).toList();
    }

    public void newFeed() {
        feedUrl = CalendarResource.url(settings.publicBaseUrl(), feeds.renew(me()));
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    /** "Du har et kalenderlink fra …", or null when they have none. */
    public String getFeedMade() {
        var lang = language.get();
        return feeds.madeAt(me()).map(at -> Texts.text(lang, "page.volunteer.calendar.exists",
                Texts.when(lang, at, time.zone()))).orElse(null);
    }

    private Year year() {
        return Year.now(time.zone());
    }

    private long me() {
        return board.personOf(security.getCallerPrincipal().getName());
    }
}
