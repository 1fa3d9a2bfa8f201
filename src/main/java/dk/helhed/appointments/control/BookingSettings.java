package dk.helhed.appointments.control;

import dk.helhed.reminders.boundary.ReminderPolicy;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

/** How booking behaves, as configured: how long a hold waits for its code, the cancel cut-off, reminders, limits. */
@ApplicationScoped
public class BookingSettings {
    @Inject
    TimeSource time;

    @Inject
    PublicUrl publicUrl;

    @Inject
    @ConfigProperty(name = "helhed.reminder.evening-at", defaultValue = "18:00")
    String eveningAt;

    @Inject
    @ConfigProperty(name = "helhed.reminder.hours-before", defaultValue = "0")
    int hoursBefore;

    @Inject
    @ConfigProperty(name = "helhed.booking.hold-minutes", defaultValue = "15")
    long holdMinutes;

    @Inject
    @ConfigProperty(name = "helhed.booking.cancel-cutoff-minutes", defaultValue = "120")
    long cutoffMinutes;

    @Inject
    @ConfigProperty(name = "helhed.booking.holds-per-ip-per-hour", defaultValue = "20")
    int holdsPerIpPerHour;

    /** When a hold made now runs out unless its code comes. */
    public Instant holdUntil(Instant now) {
        return now.plus(Duration.ofMinutes(holdMinutes));
    }

    /** How long before the start a resident may still cancel or move themselves. */
    public Duration cutoff() {
        return Duration.ofMinutes(cutoffMinutes);
    }

    public int holdsPerIpPerHour() {
        return holdsPerIpPerHour;
    }

    public AppointmentMessages messages() {
        var zone = time.zone();
        return new AppointmentMessages(new ReminderPolicy(LocalTime.parse(eveningAt), zone,
                Duration.ofHours(hoursBefore)), zone, publicUrl.base());
    }
}
