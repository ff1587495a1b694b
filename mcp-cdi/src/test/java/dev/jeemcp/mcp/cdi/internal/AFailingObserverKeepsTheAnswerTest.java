package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.mcp.cdi.internal.fixtures.AuditedFeatures;
import dev.jeemcp.mcp.cdi.internal.fixtures.FailingAuditObserver;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * An observer of McpAuditEvent that throws is logged and ignored: the call's work is done when the event fires, so
 * the client gets the call's own answer, not an error that would make it send the call again.
 */
class AFailingObserverKeepsTheAnswerTest {

    @Test
    void theCallsAnswerStands() {
        try (CatalogFixture fixture = new CatalogFixture(AuditedFeatures.class, FailingAuditObserver.class)) {
            JsonObject result = fixture.call("login", "{\"user\":\"ann\",\"password\":\"pw\",\"attempt\":1}");
            assertFalse(result.getBoolean("isError"));
            assertEquals("welcome ann", result.getJsonObject("structuredContent").getString("result"));
        }
    }
}
