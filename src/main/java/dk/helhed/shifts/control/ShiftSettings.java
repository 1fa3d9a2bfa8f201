package dk.helhed.shifts.control;

import dk.helhed.reminders.boundary.ReminderPolicy;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalTime;

/** The settings of shifts in one place; the reminder time and the public address are the application's own. */
@ApplicationScoped
public class ShiftSettings {
    @Inject
    TimeSource time;

    @Inject
    @ConfigProperty(name = "helhed.shifts.cancel-cutoff-hours", defaultValue = "24")
    long cancelCutoffHours;

    @Inject
    @ConfigProperty(name = "helhed.reminder.evening-at", defaultValue = "18:00")
    String eveningAt;

    @Inject
    PublicUrl publicUrl;

    public CancelCutoff cutoff() {
        return new CancelCutoff(Duration.ofHours(cancelCutoffHours));
    }

    public ShiftMessages messages() {
        var zone = time.zone();
        return new ShiftMessages(new ReminderPolicy(LocalTime.parse(eveningAt), zone), zone, publicUrl.base());
    }
}
