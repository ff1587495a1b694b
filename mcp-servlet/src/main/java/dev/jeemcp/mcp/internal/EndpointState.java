package dev.jeemcp.mcp.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether the MCP servlet of this application is alive (started, not yet stopped), or was switched off
 * ({@code mcp.enabled=false}). The servlet and its initializer say so here, and the health checks of {@code mcp-cdi}
 * read it: an endpoint switched off has nothing to be ready or alive for, and must not hold the application's
 * MicroProfile Health answer down. Both jars sit in one application's {@code WEB-INF/lib}, so this is that
 * application's state. A count, not a flag: a test may run more than one servlet.
 */
public final class EndpointState {

    private static final AtomicInteger ALIVE = new AtomicInteger();
    private static volatile boolean switchedOff;

    private EndpointState() {
    }

    public static void started() {
        ALIVE.incrementAndGet();
    }

    public static void stopped() {
        ALIVE.decrementAndGet();
    }

    /** The application set {@code mcp.enabled=false}: no endpoint is registered. */
    public static void switchedOff() {
        switchedOff = true;
    }

    public static boolean alive() {
        return ALIVE.get() > 0;
    }

    public static boolean isSwitchedOff() {
        return switchedOff;
    }
}
