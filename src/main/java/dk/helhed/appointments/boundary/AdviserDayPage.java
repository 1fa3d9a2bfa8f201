package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.Attendance;
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
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The signed-in adviser's day, any day: who comes when, and a button each for "came" and "did not come", which says
 * what it recorded or why it could not. View-scoped, so the buttons act on the day shown.
 */
@Named
@ViewScoped
public class AdviserDayPage implements Serializable {
    @Inject
    transient PageLanguage language;

    @Inject
    transient AdviserDay days;
    @Inject
    transient TimeSource time;
    @Inject
    transient SecurityContext security;

    private String date;
    private List<Row> rows;

    /** One appointment as the page shows it. */
    public record Row(String reference, String time, String place, String name, String phone, String speaks,
                      String note, String attendance) implements Serializable {
    }

    /** Refuses anyone who is not an adviser (the 403 page) before anything is shown. */
    public void load() {
        getRows();
    }

    public LocalDate day() {
        try {
            return date == null || date.isBlank() ? LocalDate.now(time.zone()) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return LocalDate.now(time.zone());
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            var zone = time.zone();
            rows = days.of(me(), day()).stream().map(a -> row(a, zone)).toList();
        }
        return rows;
    }

    public void record(String reference, String attendance) {
        try {
            var recorded = days.recordAttendance(me(), reference, attendance);
            PageMessages.told(language.staff(), "page.day.recorded", recorded.residentName(), recorded.reference(),
                    attended(recorded));
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff());
        }
        rows = null;
    }

    private String attended(Appointment a) {
        return a.attendance() == null ? "" : Texts.text(language.staff(), a.attendance() == Attendance.ATTENDED
                ? "page.day.attended" : "page.day.no-show");
    }

    public String getTitle() {
        return Texts.day(language.staff(), day());
    }

    public String getPrevious() {
        return day().minusDays(1).toString();
    }

    public String getNext() {
        return day().plusDays(1).toString();
    }

    private Row row(Appointment a, ZoneId zone) {
        return new Row(a.reference(), a.slot().window().start().atZone(zone).toLocalTime().toString(),
                a.slot().place().name(), a.residentName(), a.residentPhone(),
                a.requestedLanguage().map(SpokenLanguage::ownName).orElse(""), a.note() == null ? "" : a.note(),
                attended(a));
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
