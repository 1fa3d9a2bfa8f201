package dk.helhed.events.control;

import dk.helhed.reminders.boundary.ReminderPolicy;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

/** The settings of sign-ups, in one place; the phone, link and reminder settings are the application's own. */
@ApplicationScoped
public class EventSettings {
    @Inject
    TimeSource time;

    @Inject
    @ConfigProperty(name = "helhed.events.offer-hours", defaultValue = "12")
    long offerHours;

    @Inject
    @ConfigProperty(name = "helhed.events.hold-minutes", defaultValue = "15")
    long holdMinutes;

    @Inject
    @ConfigProperty(name = "helhed.events.signups-per-ip-per-hour", defaultValue = "20")
    int signupsPerIpPerHour;

    @Inject
    @ConfigProperty(name = "helhed.reminder.evening-at", defaultValue = "18:00")
    String eveningAt;

    @Inject
    PublicUrl publicUrl;

    /** How long an offered place waits for an answer: the configured hours, but never past the event's start. */
    public Instant offerUntil(Instant now, Instant eventStarts) {
        Instant until = now.plus(Duration.ofHours(offerHours));
        return until.isBefore(eventStarts) ? until : eventStarts;
    }

    public Instant holdUntil(Instant now) {
        return now.plus(Duration.ofMinutes(holdMinutes));
    }

    public int signupsPerIpPerHour() {
        return signupsPerIpPerHour;
    }

    public SignupMessages messages() {
        var zone = time.zone();
        return new SignupMessages(new ReminderPolicy(LocalTime.parse(eveningAt), zone), zone, publicUrl.base());
    }
}
