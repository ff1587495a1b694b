package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.spi.McpCatalog;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Deletes expired rows ({@link McpCatalog#purgeExpired}) every five minutes on each instance, whether requests come
 * or not: piggybacked on requests, a quiet system, or one whose instance died holding a call, kept its rows for ever.
 * Runs on the servlet's scheduler (the container's managed one, else the servlet's own daemon thread, stopped with
 * the servlet); {@link #stop} cancels it when the application is undeployed.
 */
public final class ScheduledPurge implements Runnable {

    /** How often each instance purges. */
    public static final long EVERY_MS = 300_000;
    /** When the first purge runs: soon, so that an instance restarted after a crash clears what it left. */
    public static final long FIRST_AFTER_MS = 60_000;
    private static final System.Logger LOG = System.getLogger(ScheduledPurge.class.getName());

    private final McpCatalog catalog;
    /** The application's class loader, which the servlet's own thread must run with: Tomcat finds java:comp by it. */
    private final ClassLoader application;
    private ScheduledFuture<?> schedule;

    public ScheduledPurge(McpCatalog catalog, ClassLoader application) {
        this.catalog = catalog;
        this.application = application;
    }

    /** Starts the periodic purge on that scheduler. */
    public synchronized ScheduledPurge startOn(ScheduledExecutorService scheduler) {
        schedule = scheduler.scheduleWithFixedDelay(this, FIRST_AFTER_MS, EVERY_MS, TimeUnit.MILLISECONDS);
        return this;
    }

    /** One purge; never throws, since an exception would suppress every later run of a periodic task. */
    @Override
    public void run() {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(application);
        try {
            catalog.purgeExpired();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "Expired rows left for the next purge: " + e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Cancels later runs: a container's managed scheduler outlives the application, and cannot be shut down by it. */
    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
