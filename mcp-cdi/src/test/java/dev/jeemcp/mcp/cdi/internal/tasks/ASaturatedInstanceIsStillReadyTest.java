package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An instance whose task run slots are all taken is still ready ({@code mcp-tasks} UP): under task load every
 * instance would otherwise report not ready and a balancer would drop them all, while a full instance already answers
 * a new task with a retryable 503. Only an executor that cannot take work (none found, or shut down) is not ready.
 */
class ASaturatedInstanceIsStillReadyTest {

    @Test
    void allRunSlotsTakenIsStillReady() throws Exception {
        try (TaskFixture fixture = new TaskFixture(Database.H2, run -> { })) {
            fixture.tasks.useMaxRuns(1);
            fixture.start("dave-" + UUID.randomUUID(), "underwrite", "{\"quote\":\"queued\"}");
            assertEquals(1, fixture.tasks.runsInFlight());
            assertThrows(McpUnavailableException.class, () -> fixture.start("carol-" + UUID.randomUUID(), "underwrite", "{\"quote\":\"c\"}"),
                    "saturated");

            assertTrue(fixture.tasks.acceptsWork(), "a saturated instance is ready");
        }
    }

    @Test
    void aShutDownExecutorIsNotReady() {
        try (TaskFixture fixture = new TaskFixture(Database.H2)) {
            assertTrue(fixture.tasks.acceptsWork());
            fixture.executor.shutdown();
            assertFalse(fixture.tasks.acceptsWork());
        }
    }
}
