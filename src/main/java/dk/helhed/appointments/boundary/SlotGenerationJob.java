package dk.helhed.appointments.boundary;

import dk.helhed.appointments.control.SlotGeneration;
import dk.helhed.scheduling.boundary.Schedule;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Duration;

/** At start and every hour after, on one node: keep the booking horizon filled with slots. */
@Dependent
@DisallowConcurrentExecution
public class SlotGenerationJob implements Job {
    @Inject
    SlotGeneration slots;

    @Override
    public void execute(JobExecutionContext context) {
        slots.extend();
    }

    @Produces
    static Schedule schedule() {
        return new Schedule("generate-slots", SlotGenerationJob.class, Duration.ofHours(1));
    }
}
