package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditLog;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditedFeatures;
import org.junit.jupiter.api.Test;

/**
 * The refusal of a hidden feature is recorded off the thread that answers it: the client is answered as for an
 * unknown name without waiting for observers or the sink, so that how long the answer takes cannot tell a hidden
 * feature from a missing one. The refusal still leaves its record.
 */
class RefusalsAreAuditedAfterTheAnswerTest {

    @Test
    void aRefusalIsRecordedOffTheRequestThread() {
        try (CatalogFixture fixture = new CatalogFixture(AuditedFeatures.class, AuditLog.class)) {
            AuditLog log = fixture.bean(AuditLog.class);
            fixture.tool("login").refused(TestRequests.caller("bob"));
            assertEquals(1, log.await(1).size(), "the refusal leaves a record");
            assertEquals(Outcome.REFUSED, log.events().get(0).outcome());
            assertNotSame(Thread.currentThread(), log.threads().get(0), "recorded on another thread than the answer's");
        }
    }
}
