package dk.helhed.events.boundary;

import dk.helhed.scheduling.boundary.Schedule;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Duration;

/** Every minute, on one node: unverified sign-ups let their place go, unanswered offers pass to the next in line. */
@Dependent
@DisallowConcurrentExecution
public class SignupExpiryJob implements Job {
    @Inject
    SignupExpiry expiry;

    @Override
    public void execute(JobExecutionContext context) {
        expiry.run();
    }

    @Produces
    static Schedule schedule() {
        return new Schedule("event-signup-expiry", SignupExpiryJob.class, Duration.ofMinutes(1));
    }
}
