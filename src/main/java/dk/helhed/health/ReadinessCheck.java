package dk.helhed.health;

import dk.helhed.messaging.boundary.Channels;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.scheduling.boundary.Scheduling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Locale;

/** Ready when the schema is migrated and the scheduler runs, so reminders will go out. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Inject
    Scheduling scheduling;
    @Inject
    Channels channels;

    /**
     * UP once migrations are applied and Quartz runs; the data also say, per channel, whether its messages are sent,
     * go to the development inbox, or are not sent because its settings are missing (then the node still serves
     * pages, but nobody gets that channel's messages: an operator reads it here).
     */
    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("helhed").status(scheduling.running())
                .withData("migrations-and-scheduler", scheduling.running());
        for (var kind : ChannelKind.values()) {
            response.withData(kind.name().toLowerCase(Locale.ROOT), channels.missing().contains(kind)
                    ? "not configured: not sent" : channels.inDevelopment().contains(kind)
                    ? "development inbox" : "configured");
        }
        return response.build();
    }
}
