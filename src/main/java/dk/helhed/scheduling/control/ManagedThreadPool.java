package dk.helhed.scheduling.control;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadPool;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Runs Quartz jobs on the container's managed executor. Quartz's own threads are not container threads: a job run
 * on one breaks CDI and JPA injection for the whole application, silently. The semaphore keeps Quartz from
 * acquiring more triggers than there are places to run them.
 */
public class ManagedThreadPool implements ThreadPool {
    static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";

    private int threadCount = 4;
    private Semaphore places;
    private ManagedExecutorService executor;

    public void setThreadCount(int threadCount) {
        this.threadCount = threadCount;
    }

    @Override
    public void initialize() throws SchedulerConfigException {
        try {
            executor = (ManagedExecutorService) new InitialContext().lookup(EXECUTOR);
        } catch (NamingException e) {
            throw new SchedulerConfigException("No managed executor at " + EXECUTOR, e);
        }
        places = new Semaphore(threadCount);
    }

    @Override
    public boolean runInThread(Runnable job) {
        try {
            places.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    job.run();
                } finally {
                    places.release();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            places.release();
            return false;
        }
    }

    @Override
    public int blockForAvailableThreads() {
        try {
            places.acquire();
            places.release();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.max(1, places.availablePermits());
    }

    @Override
    public int getPoolSize() {
        return threadCount;
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        if (waitForJobsToComplete && places != null) {
            places.acquireUninterruptibly(threadCount);
            places.release(threadCount);
        }
    }

    @Override
    public void setInstanceId(String schedInstId) {
    }

    @Override
    public void setInstanceName(String schedName) {
    }
}
