package dev.jeemcp.mcp.cdi.internal.store;

import dev.jeemcp.mcp.internal.Naming;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where the library's housekeeping runs off the request threads (audit refusals, the purges of {@code MCP_AUDIT} and
 * {@code MCP_RATE}): the container's managed executor, else, where there is none (Tomcat, Java SE), one daemon thread
 * of our own that ends when idle, so an undeployed application leaves none behind.
 */
public final class BackgroundWork {

    private final String threadName;
    private ThreadPoolExecutor own;

    public BackgroundWork(String threadName) {
        this.threadName = threadName;
    }

    /** The managed executor, or our own thread. */
    public synchronized Executor executor() {
        Executor managed = Naming.lookup(Naming.DEFAULT_EXECUTOR, Executor.class).orElse(null);
        if (managed != null) {
            return managed;
        }
        if (own == null) {
            own = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, threadName);
                thread.setDaemon(true);
                return thread;
            });
            own.allowCoreThreadTimeOut(true);
        }
        return own;
    }

    /** Stops our own thread, if one was made, once its work is done. */
    public synchronized void stop() {
        if (own != null) {
            own.shutdown();
        }
    }
}
