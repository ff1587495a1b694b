package dev.jeemcp.mcp.cdi.internal.caller;

import dev.jeemcp.mcp.McpRequest;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The MCP request the current thread is serving, so that library code running inside a feature (the handle store, the
 * task store) knows its caller without the feature passing it along. Set only for the duration of one call, on the
 * thread that makes it, and by {@link #with} alone, from two places: the catalog's {@code serving}, around every
 * request the servlet hands over, and a task's run on a managed thread, which outlives the request that started it.
 */
public final class CurrentRequest {

    private static final ThreadLocal<Serving> CURRENT = new ThreadLocal<>();

    private CurrentRequest() {
    }

    public static Optional<McpRequest> get() {
        Serving serving = CURRENT.get();
        return serving == null ? Optional.empty() : Optional.of(serving.request);
    }

    /**
     * What {@code lookup} gives, asked once per request and kept to its end: what cannot change within one request,
     * such as its caller or the application's entity manager, which a call that reads and updates a handle would
     * otherwise resolve for each store call. Outside a request, {@code lookup} itself.
     */
    public static <T> T remembered(Class<T> type, Supplier<T> lookup) {
        Serving serving = CURRENT.get();
        if (serving == null) {
            return lookup.get();
        }
        Object known = serving.remembered.get(type);
        if (known == null) {
            known = lookup.get();
            if (known != null) {
                serving.remembered.put(type, known);
            }
        }
        return type.cast(known);
    }

    /** Runs the work with {@code request} as the current request of this thread. */
    public static <T> T with(McpRequest request, Supplier<T> work) {
        Serving previous = CURRENT.get();
        CURRENT.set(new Serving(request));
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

    /** One request on this thread, with what was {@linkplain #remembered remembered} for it (one thread: no locking). */
    private static final class Serving {
        final McpRequest request;
        final Map<Class<?>, Object> remembered = new IdentityHashMap<>(4);

        Serving(McpRequest request) {
            this.request = request;
        }
    }
}
