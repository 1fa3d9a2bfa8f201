package dk.helhed.appointments.boundary;

import dk.helhed.scheduling.boundary.Schedule;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Duration;

/** Every minute, on one node: holds nobody verified in time let their slots go. */
@Dependent
@DisallowConcurrentExecution
public class HoldExpiryJob implements Job {
    @Inject
    Booking booking;

    @Override
    public void execute(JobExecutionContext context) {
        booking.releaseExpiredHolds();
    }

    @Produces
    static Schedule schedule() {
        return new Schedule("release-expired-holds", HoldExpiryJob.class, Duration.ofMinutes(1));
    }
}
