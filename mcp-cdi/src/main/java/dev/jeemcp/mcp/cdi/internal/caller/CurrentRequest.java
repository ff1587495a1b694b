package dev.jeemcp.mcp.cdi.internal.caller;

import dev.jeemcp.mcp.McpRequest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The MCP request the current thread is serving, so that library code running inside a feature (the handle store, the
 * task store) knows its caller without the feature passing it along. Set only for the duration of one call, on the
 * thread that makes it, and by {@link #with} alone, from two places: the catalog's {@code serving}, around every
 * request the servlet hands over, and a task's run on a managed thread, which outlives the request that started it.
 */
public final class CurrentRequest {

    private static final ThreadLocal<McpRequest> CURRENT = new ThreadLocal<>();

    private CurrentRequest() {
    }

    public static Optional<McpRequest> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs the work with {@code request} as the current request of this thread. */
    public static <T> T with(McpRequest request, Supplier<T> work) {
        McpRequest previous = CURRENT.get();
        CURRENT.set(request);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
