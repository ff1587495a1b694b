package dev.jeemcp.mcp.cdi.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The retention purge of {@code MCP_AUDIT}, due when the sink writes, is handed to the background executor: the
 * request whose row made it due is answered without waiting for up to a hundred deletes.
 */
class PurgesRunOffTheRequestThreadTest {

    @Test
    void theAuditPurgeIsHandedToTheExecutor() throws Exception {
        String name = "purged-later-" + UUID.randomUUID();
        long old = System.currentTimeMillis() - Duration.ofDays(100).toMillis();
        AuditFixture.insert(name, 1, old);
        AuditFixture.withAuditor("P90D", auditor -> {
            List<Runnable> handed = new ArrayList<>();
            auditor.useExecutor(handed::add);
            auditor.fire(new McpAuditEvent(Instant.now(), "ann", null, Feature.TOOL, name, Outcome.SUCCESS, Duration.ZERO,
                    null, null, null));
            assertEquals(1, AuditFixture.rows(name, old + 1), "the writing thread deleted nothing");
            assertEquals(1, handed.size(), "the purge waits for the executor");
            handed.get(0).run();
            assertEquals(0, AuditFixture.rows(name, old + 1), "the executor deleted the old row");
            assertEquals(1, AuditFixture.rows(name, Long.MAX_VALUE), "the new row stays");
            return null;
        });
    }
}
