package dk.helhed.appointments.control;

import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.time.TimeWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How far ahead and how soon a resident can book. Slots are made up to the horizon
 * ({@code helhed.booking.horizon-days}, 42 = six weeks: advisers are volunteers whose plans change) and never listed
 * beyond it; a slot starting sooner than the minimum notice ({@code helhed.booking.minimum-notice-minutes}, 120) is
 * neither listed nor bookable, so the adviser hears of a booking in time.
 */
@ApplicationScoped
public class BookingWindow {
    private int horizonDays;
    private Duration minimumNotice;

    protected BookingWindow() {
        // for the CDI proxy
    }

    @Inject
    public BookingWindow(@ConfigProperty(name = "helhed.booking.horizon-days", defaultValue = "42") int horizonDays,
                         @ConfigProperty(name = "helhed.booking.minimum-notice-minutes", defaultValue = "120")
                         int minimumNoticeMinutes) {
        if (horizonDays < 1 || minimumNoticeMinutes < 0) {
            throw new IllegalArgumentException("the booking horizon is at least a day and the notice not negative: "
                    + horizonDays + " days, " + minimumNoticeMinutes + " minutes");
        }
        this.horizonDays = horizonDays;
        this.minimumNotice = Duration.ofMinutes(minimumNoticeMinutes);
    }

    /** The last day that gets slots, counted from today. */
    public LocalDate lastDay(LocalDate today) {
        return today.plusDays(horizonDays);
    }

    /** The earliest start a resident may book now: after the notice, and in any case after now. */
    public Instant earliestStart(Instant now) {
        Instant afterNotice = now.plus(minimumNotice);
        return afterNotice.isAfter(now) ? afterNotice : now.plusSeconds(1);
    }

    public boolean tooSoon(Instant start, Instant now) {
        return start.isBefore(earliestStart(now));
    }

    /**
     * The problem for a slot that is too soon: in hours when the notice is two hours or more in whole hours, else in
     * minutes (so no text needs a singular "hour").
     */
    public FieldProblem tooSoonProblem(String field) {
        long minutes = minimumNotice.toMinutes();
        return minutes % 60 == 0 && minutes >= 120
                ? new FieldProblem(field, "field.slot.too-soon.hours", minutes / 60)
                : new FieldProblem(field, "field.slot.too-soon.minutes", minutes);
    }

    /**
     * The starts a listing of the days {@code first} to {@code last} may show: from the earliest bookable start to
     * the end of the horizon's last day. Empty when nothing in those days can be booked.
     */
    public Optional<TimeWindow> listable(LocalDate first, LocalDate last, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate lastShown = last.isAfter(lastDay(today)) ? lastDay(today) : last;
        Instant from = latest(first.atStartOfDay(zone).toInstant(), earliestStart(now));
        Instant until = lastShown.plusDays(1).atStartOfDay(zone).toInstant();
        return until.isAfter(from) ? Optional.of(new TimeWindow(from, until)) : Optional.empty();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
