package dk.helhed.rota.boundary;

import dk.helhed.scheduling.boundary.Schedule;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Duration;

/**
 * Every five minutes, on one node: the morning digest, if today's is due and not made. A simple interval rather than
 * a cron trigger at 07:00, which Quartz would skip or repeat around DST changes.
 */
@Dependent
@DisallowConcurrentExecution
public class MorningDigestJob implements Job {
    @Inject
    MorningDigest digest;

    @Override
    public void execute(JobExecutionContext context) {
        digest.sendIfDue();
    }

    @Produces
    static Schedule schedule() {
        return new Schedule("rota-morning-digest", MorningDigestJob.class, Duration.ofMinutes(5));
    }
}
