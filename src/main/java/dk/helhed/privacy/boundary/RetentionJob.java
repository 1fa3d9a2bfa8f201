package dk.helhed.privacy.boundary;

import dk.helhed.scheduling.boundary.Schedule;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Duration;

/** Every hour, on one node: erase the personal data whose time is up. */
@Dependent
@DisallowConcurrentExecution
public class RetentionJob implements Job {
    @Inject
    Retention retention;

    @Override
    public void execute(JobExecutionContext context) {
        retention.run();
    }

    @Produces
    static Schedule schedule() {
        return new Schedule("erase-personal-data", RetentionJob.class, Duration.ofHours(1));
    }
}
