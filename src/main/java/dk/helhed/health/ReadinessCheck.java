package dk.helhed.health;

import dk.helhed.messaging.boundary.Channels;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.scheduling.boundary.Scheduling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Locale;

/** Ready when the schema is migrated, the scheduler runs and a key seals messages, so reminders will go out. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Inject
    Scheduling scheduling;
    @Inject
    Channels channels;
    @Inject
    Outbox outbox;

    /**
     * UP once migrations are applied, Quartz runs and waiting messages' texts are sealed with a configured key
     * (the outbox's key); the data also say, per channel, whether its messages are sent,
     * go to the development inbox, or are not sent because its settings are missing (then the node still serves
     * pages, but nobody gets that channel's messages: an operator reads it here).
     */
    @Override
    public HealthCheckResponse call() {
        var keyProblem = outbox.sealProblem();
        var response = HealthCheckResponse.named("helhed").status(scheduling.running() && keyProblem.isEmpty())
                .withData("migrations-and-scheduler", scheduling.running())
                .withData("message-texts", keyProblem.map(p -> "NOT READY: " + p).orElse("sealed"));
        for (var kind : ChannelKind.values()) {
            response.withData(kind.name().toLowerCase(Locale.ROOT), channels.missing().contains(kind)
                    ? "not configured: not sent" : channels.inDevelopment().contains(kind)
                    ? "development inbox" : "configured");
        }
        return response.build();
    }
}
