package dev.jeemcp.mcp.cdi.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refusals wait in a bounded queue for delivery after their answer: offering one never delivers it on the offering
 * thread, one drain at a time is handed to the executor, and past the capacity new events are dropped and counted
 * instead of growing memory.
 */
class TheRefusalQueueIsBoundedTest {

    private static McpAuditEvent refusal(int i) {
        return new McpAuditEvent(Instant.EPOCH, "mallory", null, Feature.TOOL, "hidden" + i, Outcome.REFUSED, Duration.ZERO,
                null, null, null);
    }

    @Test
    void pastItsCapacityARefusalIsDroppedAndCounted() {
        List<Runnable> handedToExecutor = new ArrayList<>();
        List<McpAuditEvent> delivered = new ArrayList<>();
        AuditQueue queue = new AuditQueue(3, handedToExecutor::add, delivered::add);
        for (int i = 0; i < 5; i++) {
            queue.offer(refusal(i));
        }
        assertTrue(delivered.isEmpty(), "nothing is delivered by the thread that answers");
        assertEquals(1, handedToExecutor.size(), "one drain for all that waits");
        assertEquals(2, queue.dropped());

        handedToExecutor.remove(0).run();
        assertEquals(List.of("hidden0", "hidden1", "hidden2"), delivered.stream().map(McpAuditEvent::name).toList());

        queue.offer(refusal(5));
        assertEquals(1, handedToExecutor.size(), "a new drain once the last one ended");
        handedToExecutor.remove(0).run();
        assertEquals(4, delivered.size());
        assertEquals(2, queue.dropped());
    }
}
