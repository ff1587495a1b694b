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

    /**
     * How {@code bump} does its work: {@code handles} (the library's {@code Handles}, the default), or by hand with
     * {@code jpa} or {@code jdbc} ({@link HandBump}), for the benchmark's floors. The same WAR either way, so the
     * tool list and every other row stay the same.
     */
    private static final String BUMP = System.getProperty("bench.bump", "handles");

    @Inject
    Handles handles;

    @Inject
    HandBump byHand;

    @McpTool(name = "new_counter", description = "Creates a counter at zero; returns its counter_id", openWorld = false)
    public String newCounter() {
        return handles.create(new Counter(0)).id();
    }

    @McpTool(description = "Adds one to a counter; returns the new count", openWorld = false)
    public long bump(@McpParam(name = "counter_id", description = "A counter_id from new_counter") String counterId) {
        if (BUMP.equals("jpa")) {
            return byHand.withJpa(counterId);
        }
        if (BUMP.equals("jdbc")) {
            return byHand.withJdbc(counterId);
        }
        Handle<Counter> current = handles.find(counterId, Counter.class);
        long next = current.value().count() + 1;
        handles.update(current, new Counter(next));
        return next;
    }
}
