package dk.helhed.health;

import dk.helhed.scheduling.boundary.Scheduling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the scheduler runs, so reminders will go out. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Inject
    Scheduling scheduling;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("helhed").status(scheduling.running())
                .withData("migrations-and-scheduler", scheduling.running()).build();
    }
}
