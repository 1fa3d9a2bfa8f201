package dk.helhed.scheduling.boundary;

import dk.helhed.scheduling.control.CdiJobFactory;
import dk.helhed.scheduling.control.ManagedThreadPool;
import dk.helhed.storage.DataSources;
import dk.helhed.storage.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Quartz's lifecycle: a JDBC job store in the application database, clustered, so that each firing runs on exactly
 * one node; jobs run on the container's managed threads and are created by CDI.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Scheduling {
    private static final Logger LOG = Logger.getLogger(Scheduling.class.getName());
    private static final String DATA_SOURCE = "helhed";

    @Resource(lookup = DataSources.NON_JTA)
    DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    @Inject
    CdiJobFactory jobFactory;

    @Inject
    Instance<Schedule> schedules;

    @Inject
    @ConfigProperty(name = "helhed.scheduler.threads", defaultValue = "4")
    int threads;

    private Scheduler scheduler;

    @PostConstruct
    void start() {
        try {
            DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new ConnectionProvider() {
                @Override
                public Connection getConnection() throws SQLException {
                    return dataSource.getConnection();
                }

                @Override
                public void shutdown() {
                }

                @Override
                public void initialize() {
                }
            });
            scheduler = new StdSchedulerFactory(properties()).getScheduler();
            scheduler.setJobFactory(jobFactory);
            for (Schedule schedule : schedules) {
                register(schedule);
            }
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz did not start: " + e.getMessage(), e);
        }
    }

    private void register(Schedule schedule) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(schedule.job()).withIdentity(schedule.name()).storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(schedule.name()).startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(schedule.every().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(job, Set.of(trigger), true);
        LOG.info(() -> "Scheduled " + schedule.name() + " every " + schedule.every());
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "helhed");
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", ManagedThreadPool.class.getName());
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
        return p;
    }

    public boolean running() {
        try {
            return migration.applied() && scheduler != null && scheduler.isStarted() && !scheduler.isShutdown()
                    && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    @PreDestroy
    void stop() {
        try {
            if (scheduler != null) {
                scheduler.shutdown(true);
            }
        } catch (SchedulerException e) {
            LOG.warning("Quartz did not stop cleanly: " + e.getMessage());
        }
    }
}
