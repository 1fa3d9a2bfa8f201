package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.shifts.control.ShiftSettings;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import dk.helhed.web.PublicUrl;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The volunteer's own shifts: each with "Cancel" while they may still give it up (asked once more before it
 * happens, without script), otherwise a word to ask the coordinator; hours served this year month by month; and
 * their private calendar link. View-scoped, so a button acts on the shift it stands by.
 */
@Named
@ViewScoped
public class MyShiftsPage implements Serializable {
    @Inject
    transient ShiftBoard board;
    @Inject
    transient Assignments assignments;
    @Inject
    transient CalendarFeeds feeds;
    @Inject
    transient ShiftSettings settings;
    @Inject
    transient PublicUrl publicUrl;
    @Inject
    transient TimeSource time;
    @Inject
    transient PageLanguage language;
    @Inject
    transient SecurityContext security;

    private List<Row> rows;
    private String feedUrl;
    private Long confirming;
    private long me;

    public record Row(long id, String when, String place, String what, boolean cancellable)
            implements Serializable {
    }

    public record Month(String name, String hours, int shifts) {
    }

    /** The signed-in volunteer, once per view; an account without a volunteer behind it gets the 403 page. */
    public void load() {
        me = board.personOf(security.getCallerPrincipal().getName());
    }

    public List<Row> getRows() {
        if (rows == null) {
            var lang = language.get();
            var zone = time.zone();
            var now = time.now();
            var cutoff = settings.cutoff();
            rows = board.upcoming(me).stream().map(a -> new Row(a.id(), VolunteerPages.when(a.shift(), lang,
                    zone), a.shift().place().name(), VolunteerPages.what(a.shift(), lang),
                    cutoff.allows(a.shift().startsAt(), now))).toList();
        }
        return rows;
    }

    /** The first press: the page asks whether they mean it. */
    public void askCancel(long assignmentId) {
        confirming = assignmentId;
    }

    public void keep() {
        confirming = null;
    }

    /** The second press: the place is given up. */
    public void cancel() {
        var lang = language.get();
        try {
            if (confirming != null) {
                assignments.giveUp(confirming, me);
                PageMessages.told(lang, "page.volunteer.cancelled");
            }
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang);
        }
        confirming = null;
        rows = null;
    }

    public boolean confirming(long assignmentId) {
        return confirming != null && confirming == assignmentId;
    }

    public String getHoursTitle() {
        return Texts.text(language.get(), "page.volunteer.hours.title", String.valueOf(year().getValue()));
    }

    public List<Month> getHours() {
        var lang = language.get();
        var numbers = NumberFormat.getNumberInstance(lang.locale());
        numbers.setMaximumFractionDigits(1);
        var months = DateTimeFormatter.ofPattern("LLLL", lang.locale());
        return board.hours(me, year()).stream().map(m -> new Month(months.format(m.month()),
                numbers.format(m.hours()), m.shifts())).toList();
    }

    public void newFeed() {
        feedUrl = CalendarResource.url(publicUrl.base(), feeds.renew(me));
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    /** "Du har et kalenderlink fra …", or null when they have none. */
    public String getFeedMade() {
        var lang = language.get();
        return feeds.madeAt(me).map(at -> Texts.text(lang, "page.volunteer.calendar.exists",
                Texts.when(lang, at, time.zone()))).orElse(null);
    }

    private Year year() {
        return Year.now(time.zone());
    }
}
