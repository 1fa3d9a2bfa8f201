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
 * Runs Quartz jobs on the container's managed executor. Quartz's own threads are not container threads: a job run
 * on one breaks CDI and JPA injection for the whole application, silently. The semaphore keeps Quartz from
 * acquiring more triggers than there are places to run them.
 * <p>
 * A managed executor gives a task the context of the thread that submits it, and that is Quartz's scheduler thread,
 * which has none. So each job runs through a contextual proxy made while the scheduler starts inside the startup
 * bean: it carries the application's context whatever thread runs it. Without it, a worker thread the executor
 * created from Quartz's thread ran jobs with no component invocation, and an application-scoped bean first created
 * there kept a null EntityManager for every later request (five jobs firing at start were enough to hit it).
 */
public class ManagedThreadPool implements ThreadPool {
    static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";
    static final String CONTEXT = "java:comp/DefaultContextService";

    private int threadCount = 4;
    private Semaphore places;
    private ManagedExecutorService executor;
    private Executor inApplication;

    public void setThreadCount(int threadCount) {
        this.threadCount = threadCount;
    }

    @Override
    public void initialize() throws SchedulerConfigException {
        try {
            var naming = new InitialContext();
            executor = (ManagedExecutorService) naming.lookup(EXECUTOR);
            Executor direct = Runnable::run;
            inApplication = ((ContextService) naming.lookup(CONTEXT)).createContextualProxy(direct, Executor.class);
        } catch (NamingException e) {
            throw new SchedulerConfigException("No managed executor at " + EXECUTOR + " or context at " + CONTEXT, e);
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
                    inApplication.execute(job);
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
