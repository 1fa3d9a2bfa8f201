package dk.helhed.appointments.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /coordinator/appointments}: the residents' appointments by days, place and adviser, or found by reference or
 * phone number; a print view and exports of the same list. The filter is sent by POST, so a phone number searched for
 * never stands in an address; the print view and the exports of a list by days take theirs in the link. Each look
 * is written to the access log. Danish or English.
 */
@Named
@RequestScoped
public class AppointmentsPage {
    @Inject
    AppointmentBook book;
    @Inject
    AdviserHours hours;
    @Inject
    PageLanguage language;
    @Inject
    HttpServletRequest request;

    /** An appointment as a row of the list. */
    public record Row(String day, String time, String place, String adviser, String reference, String name,
                      String phone, String email, String note, String attendance) {
    }

    /** An adviser to filter by. */
    public record Choice(String value, String label) {
    }

    private String from;
    private String to;
    private String place;
    private Long adviser;
    private String q;
    private boolean print;
    private List<Row> rows = List.of();

    public void load() {
        Language lang = language.staff();
        try {
            rows = book.list(new AppointmentBook.Filter(from, to, place, adviser, q),
                    request.getUserPrincipal().getName()).stream().map(e -> {
                        var start = OffsetDateTime.parse(e.start());
                        var end = OffsetDateTime.parse(e.end());
                        return new Row(Texts.day(lang, start.toLocalDate()),
                                start.toLocalTime() + "–" + end.toLocalTime(), e.placeName(), e.adviserName(),
                                e.reference(), e.name(), e.phone(), e.email(), e.note(),
                                e.attendance() == null ? "" : Texts.text(lang, "page.appointments.attendance."
                                        + e.attendance()));
                    }).toList();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang);
        }
    }

    public List<Choice> getAdvisers() {
        return hours.advisers().stream().map(a -> new Choice(String.valueOf(a.id()), a.person().name())).toList();
    }

    /** The filter as query parameters, for the print view and the exports of the same list (never a search). */
    public String getQuery() {
        return Stream.of(p("from", from), p("to", to), p("place", place), p("adviser", adviser == null ? null
                        : adviser.toString()), p("lang", language.staff().tag()))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("&"));
    }

    private static String p(String name, String value) {
        return value == null || value.isBlank() ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getAdviser() {
        return adviser;
    }

    public void setAdviser(Long adviser) {
        this.adviser = adviser;
    }

    /** The adviser filtered by, as the form sends it; empty for all. */
    public String getAdviserValue() {
        return adviser == null ? "" : adviser.toString();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isPrint() {
        return print;
    }

    public void setPrint(boolean print) {
        this.print = print;
    }
}
