package dev.jeemcp.bench.ours;

import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.McpTool;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.Handles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The handle-updating tool: one SELECT and one version-checked UPDATE per call, in one JTA transaction. A concurrent
 * bump of the same counter fails with HandleConflictException, an {@code isError} result.
 */
@ApplicationScoped
@Transactional
public class CounterTools {

    @Inject
    Handles handles;

    @McpTool(name = "new_counter", description = "Creates a counter at zero; returns its counter_id", openWorld = false)
    public String newCounter() {
        return handles.create(new Counter(0)).id();
    }

    @McpTool(description = "Adds one to a counter; returns the new count", openWorld = false)
    public long bump(@McpParam(name = "counter_id", description = "A counter_id from new_counter") String counterId) {
        Handle<Counter> current = handles.find(counterId, Counter.class);
        long next = current.value().count() + 1;
        handles.update(current, new Counter(next));
        return next;
    }
}
