package dev.jeemcp.mcp.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether the MCP servlet of this application is alive: initialized and not yet destroyed. The servlet says so here,
 * and the liveness check of {@code mcp-cdi} (MicroProfile Health) reads it; both jars sit in one application's
 * {@code WEB-INF/lib}, so this is that application's state. A count, not a flag: a test may run more than one servlet.
 */
public final class ServletLiveness {

    private static final AtomicInteger ALIVE = new AtomicInteger();

    private ServletLiveness() {
    }

    public static void started() {
        ALIVE.incrementAndGet();
    }

    public static void stopped() {
        ALIVE.decrementAndGet();
    }

    public static boolean alive() {
        return ALIVE.get() > 0;
    }
}
