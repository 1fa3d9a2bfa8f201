package dk.helhed.pavilion.boundary;

import dk.helhed.pavilion.control.ShiftGeneration;
import dk.helhed.scheduling.boundary.Schedule;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Duration;

/** At start and every hour after, on one node: keep the pavilion's next weeks filled with shifts. */
@Dependent
@DisallowConcurrentExecution
public class ShiftGenerationJob implements Job {
    @Inject
    ShiftGeneration generation;

    @Override
    public void execute(JobExecutionContext context) {
        generation.extend();
    }

    @Produces
    static Schedule schedule() {
        return new Schedule("generate-pavilion-shifts", ShiftGenerationJob.class, Duration.ofHours(1));
    }
}
