package dk.helhed.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How long personal data is kept after what it was for, per offering (days, {@code helhed.retention.*}). The
 * defaults are what a careful data-protection officer would start from: an appointment's name, phone and note 90
 * days after it (time to follow up a missed meeting, no longer); a workshop's or a homework-help session's sign-ups
 * 30 days after it; a message's recipient and text 30 days after it was due; a hold never verified one day after it
 * ran out; the access log a year. Zero or less would erase at once, so at least one day is kept.
 */
@ApplicationScoped
public class RetentionPolicy {
    @Inject
    @ConfigProperty(name = "helhed.retention.appointments-days", defaultValue = "90")
    long appointmentsDays;

    @Inject
    @ConfigProperty(name = "helhed.retention.events-days", defaultValue = "30")
    long eventsDays;

    @Inject
    @ConfigProperty(name = "helhed.retention.homework-days", defaultValue = "30")
    long homeworkDays;

    @Inject
    @ConfigProperty(name = "helhed.retention.messages-days", defaultValue = "30")
    long messagesDays;

    @Inject
    @ConfigProperty(name = "helhed.retention.unverified-days", defaultValue = "1")
    long unverifiedDays;

    @Inject
    @ConfigProperty(name = "helhed.retention.access-log-days", defaultValue = "365")
    long accessLogDays;

    public Duration appointments() {
        return days(appointmentsDays);
    }

    public Duration events() {
        return days(eventsDays);
    }

    public Duration homework() {
        return days(homeworkDays);
    }

    public Duration messages() {
        return days(messagesDays);
    }

    public Duration accessLog() {
        return days(accessLogDays);
    }

    public Duration unverified() {
        return days(unverifiedDays);
    }

    private static Duration days(long days) {
        return Duration.ofDays(Math.max(1, days));
    }
}
