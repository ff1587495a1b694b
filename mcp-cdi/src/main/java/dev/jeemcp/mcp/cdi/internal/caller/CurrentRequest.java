package dev.jeemcp.mcp.cdi.internal.caller;

import dev.jeemcp.mcp.McpRequest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The MCP request the current thread is serving, so that library code running inside a tool call (the handle store)
 * knows its caller without the tool passing it along. Set only for the duration of one call, on the thread that
 * makes it; nothing outlives the request.
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
