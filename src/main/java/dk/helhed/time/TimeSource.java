package dk.helhed.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one place the application reads the time. Instants are UTC and whole seconds (MySQL through Connector/J keeps
 * no more); wall-clock times belong to the configured zone. Tests replace this bean to move time without sleeping.
 */
@ApplicationScoped
public class TimeSource {
    @Inject
    @ConfigProperty(name = "helhed.zone", defaultValue = "Europe/Copenhagen")
    String zone;

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }
}
