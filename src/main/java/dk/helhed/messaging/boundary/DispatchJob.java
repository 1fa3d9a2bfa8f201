package dk.helhed.messaging.boundary;

import dk.helhed.scheduling.boundary.Schedule;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Duration;

/** Every few seconds, on one node of the cluster: send what is due. */
@Dependent
@DisallowConcurrentExecution
public class DispatchJob implements Job {
    /** The job's and its trigger's name in Quartz. */
    public static final String NAME = "dispatch-outbox";

    @Inject
    Dispatcher dispatcher;

    @Override
    public void execute(JobExecutionContext context) {
        dispatcher.dispatchDue();
    }

    @Produces
    static Schedule schedule() {
        long seconds = ConfigProvider.getConfig().getOptionalValue("helhed.dispatch.interval-seconds", Long.class)
                .orElse(2L);
        return new Schedule(NAME, DispatchJob.class, Duration.ofSeconds(seconds));
    }
}
