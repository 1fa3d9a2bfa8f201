package dk.helhed.scheduling.control;

import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadPool;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Runs Quartz jobs on the container's managed executor, in the application's context. Quartz's own threads are not
 * container threads: a bean first created on one gets no EntityManager, silently, for the whole application. And
 * because jobs are handed over by Quartz's scheduler thread, which has no application context of its own, the
 * executor alone is not enough (seen: "No ComponentInvocation present", then a null EntityManager). So the
 * application's context is captured once, in {@link #initialize()}, which runs inside the startup bean, and every
 * job runs under it. The semaphore keeps Quartz from acquiring more triggers than there are places to run them.
 */
public class ManagedThreadPool implements ThreadPool {
    static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";
    static final String CONTEXT = "java:comp/DefaultContextService";

    private int threadCount = 4;
    private Semaphore places;
    private ManagedExecutorService executor;
    private Executor inApplicationContext;

    public void setThreadCount(int threadCount) {
        this.threadCount = threadCount;
    }

    @Override
    public void initialize() throws SchedulerConfigException {
        try {
            var naming = new InitialContext();
            executor = (ManagedExecutorService) naming.lookup(EXECUTOR);
            inApplicationContext = ((ContextService) naming.lookup(CONTEXT)).currentContextExecutor();
        } catch (NamingException e) {
            throw new SchedulerConfigException("No managed executor or context service", e);
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
                    inApplicationContext.execute(job);
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
