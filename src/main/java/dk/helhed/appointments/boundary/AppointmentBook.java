package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.AppointmentStatus;
import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.i18n.Texts;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.time.TimeSource;
import dk.helhed.web.Sheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coordinator's book of appointments: every booked appointment from one day to another, at one place or with one
 * adviser if asked, or found by its reference or the resident's phone number (written any way). Each look and each
 * export is written to the access log, with the filter (never a phone number).
 */
@ApplicationScoped
@Transactional
public class AppointmentBook {
    static final int DAYS_MAX = 93;

    @PersistenceContext
    EntityManager em;
    @Inject
    TimeSource time;
    @Inject
    AccessLog log;

    /** What to list: days as YYYY-MM-DD (from today and a week on by default), place code, adviser id, search. */
    @Schema(name = "AppointmentFilter")
    public record Filter(String from, String to, String place, Long adviser, String search) {
    }

    /** One appointment as the coordinator's list shows it. */
    @Schema(name = "BookedAppointment")
    public record Entry(String reference, String start, String end, String place, String placeName, long adviser,
                        String adviserName, String name, String phone, String email, String language,
                        String requestedLanguage, String note, String attendance, boolean bookedByStaff) {
        static Entry of(Appointment a, java.time.ZoneId zone) {
            var s = a.slot();
            var w = s.window();
            return new Entry(a.reference(), AppointmentJson.local(w.start(), zone),
                    AppointmentJson.local(w.end(), zone),
                    s.place().code(), s.place().name(), s.adviser().id(), s.adviser().person().name(),
                    a.residentName(), a.residentPhone(), a.residentEmail().orElse(null), a.language().tag(),
                    a.requestedLanguage().map(SpokenLanguage::code).orElse(null), a.note(),
                    a.attendance() == null ? null : a.attendance().name(), a.consentRecordedBy() != null);
        }
    }

    /**
     * The list, its look logged as VIEW_APPOINTMENTS: once with the filter, and once for each appointment shown, so
     * the resident's own report of who looked at their data has it.
     */
    public List<Entry> list(Filter filter, String coordinator) {
        var found = find(filter);
        logged(coordinator, "VIEW_APPOINTMENTS", filter, found);
        return found;
    }

    private void logged(String coordinator, String action, Filter filter, List<Entry> found) {
        log.record(coordinator, action, describe(filter));
        found.forEach(e -> log.record(coordinator, action, Appointment.topicOf(e.reference())));
    }

    /** The list to take away (CSV or spreadsheet), logged as EXPORT_APPOINTMENTS. */
    public Sheet sheet(Filter filter, String coordinator, Language lang) {
        var found = find(filter);
        logged(coordinator, "EXPORT_APPOINTMENTS", filter, found);
        var zone = time.zone();
        var hhmm = DateTimeFormatter.ofPattern("HH:mm");
        List<List<String>> rows = found.stream().map(e -> {
            var start = java.time.OffsetDateTime.parse(e.start());
            return List.of(start.toLocalDate().toString(), start.format(hhmm),
                    java.time.OffsetDateTime.parse(e.end()).format(hhmm), e.placeName(), e.adviserName(),
                    e.reference(), e.name(), e.phone(), e.email() == null ? "" : e.email(),
                    e.requestedLanguage() == null ? "" : e.requestedLanguage(), e.note() == null ? "" : e.note(),
                    e.attendance() == null ? "" : Texts.text(lang, "page.appointments.attendance." + e.attendance()));
        }).toList();
        return new Sheet(Texts.text(lang, "page.appointments.sheet"), List.of(
                Texts.text(lang, "page.appointments.date"), Texts.text(lang, "page.advisers.from"),
                Texts.text(lang, "page.advisers.until"), Texts.text(lang, "page.advisers.place"),
                Texts.text(lang, "page.advisers.adviser"), Texts.text(lang, "page.participants.reference"),
                Texts.text(lang, "page.places.name"), Texts.text(lang, "page.participants.phone"),
                Texts.text(lang, "page.participants.email"), Texts.text(lang, "page.appointments.language"),
                Texts.text(lang, "page.appointments.note"), Texts.text(lang, "page.appointments.attendance")), rows);
    }

    private List<Entry> find(Filter filter) {
        var f = filter == null ? new Filter(null, null, null, null, null) : filter;
        var zone = time.zone();
        String search = f.search() == null ? "" : f.search().strip();
        if (!search.isEmpty()) {
            var byReference = em.createNamedQuery(Appointment.BY_REFERENCE, Appointment.class)
                    .setParameter("reference", search.toUpperCase(Locale.ROOT)).getResultList();
            var phone = PhoneNumber.parse(search).map(PhoneNumber::toString).orElse(null);
            var byPhone = phone == null ? List.<Appointment>of() : em.createQuery("""
                    select a from Appointment a join fetch a.slot s join fetch s.place
                    where a.residentPhone = :phone and a.status = :booked and a.erasedAt is null
                    order by s.startsAt""", Appointment.class).setParameter("phone", phone)
                    .setParameter("booked", AppointmentStatus.BOOKED).getResultList();
            List<Appointment> all = new ArrayList<>(byReference.stream()
                    .filter(a -> a.status() == AppointmentStatus.BOOKED && !a.erased()).toList());
            byPhone.stream().filter(a -> !all.contains(a)).forEach(all::add);
            return all.stream().map(a -> Entry.of(a, zone)).toList();
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = time.now().atZone(zone).toLocalDate();
        LocalDate from = date("from", f.from(), today, problems);
        LocalDate to = date("to", f.to(), from == null ? today.plusDays(6) : from.plusDays(6), problems);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add(new FieldProblem("to", "field.range.reversed"));
            } else if (to.isAfter(from.plusDays(DAYS_MAX))) {
                problems.add(new FieldProblem("to", "field.range.long", DAYS_MAX));
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        String place = f.place() == null || f.place().isBlank() ? null : f.place().strip();
        var query = em.createQuery("select a from Appointment a join fetch a.slot s join fetch s.place p "
                        + "join fetch s.adviser ad join fetch ad.person where a.status = :booked "
                        + "and s.startsAt >= :from and s.startsAt < :to"
                        + (place == null ? "" : " and p.code = :place")
                        + (f.adviser() == null ? "" : " and ad.id = :adviser")
                        + " order by s.startsAt, p.name, a.id", Appointment.class)
                .setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant());
        if (place != null) {
            query.setParameter("place", place);
        }
        if (f.adviser() != null) {
            query.setParameter("adviser", f.adviser());
        }
        return query.getResultList().stream().map(a -> Entry.of(a, zone)).toList();
    }

    private static LocalDate date(String field, String text, LocalDate otherwise, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "field.date.invalid"));
            return null;
        }
    }

    /** The filter as the log keeps it: days, place and adviser, and whether something was searched for. */
    private static String describe(Filter f) {
        if (f == null) {
            return "appointments";
        }
        boolean searched = f.search() != null && !f.search().isBlank();
        return "appointments " + (searched ? "search" : (f.from() == null ? "" : f.from()) + ".."
                + (f.to() == null ? "" : f.to()) + (f.place() == null ? "" : " " + f.place())
                + (f.adviser() == null ? "" : " adviser:" + f.adviser()));
    }
}
