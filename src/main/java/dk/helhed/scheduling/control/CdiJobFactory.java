package dk.helhed.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Jobs are CDI beans, so a job body can be one call into a boundary. */
@ApplicationScoped
public class CdiJobFactory implements JobFactory {
    @Inject
    Instance<Object> beans;

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
        Instance<? extends Job> job = beans.select(bundle.getJobDetail().getJobClass());
        Job instance = job.get();
        return context -> {
            try {
                instance.execute(context);
            } finally {
                beans.destroy(instance);
            }
        };
    }
}
