package dk.helhed.scheduling.boundary;

import org.quartz.Job;

import java.time.Duration;

/**
 * A recurring job the application wants: which job, and how often. Capabilities produce these as CDI beans; the
 * scheduler registers each at start, replacing what an earlier start left in the job store.
 */
public record Schedule(String name, Class<? extends Job> job, Duration every) {
}
