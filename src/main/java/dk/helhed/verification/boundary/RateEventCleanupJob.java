package dk.helhed.verification.boundary;

import dk.helhed.scheduling.boundary.Schedule;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Duration;

/** Every hour, on one node: forget rate-limit events older than a day (no window is longer). */
@Dependent
@DisallowConcurrentExecution
public class RateEventCleanupJob implements Job {
    @Inject
    RateLimits limits;

    @Override
    public void execute(JobExecutionContext context) {
        limits.forget(Duration.ofDays(1));
    }

    @Produces
    static Schedule schedule() {
        return new Schedule("forget-rate-events", RateEventCleanupJob.class, Duration.ofHours(1));
    }
}
