package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditLog;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditedFeatures;
import dev.jeemcp.mcp.internal.RequestIds;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every tool call fires one McpAuditEvent, with the outcome as the client was answered. */
class ToolCallsAreAuditedTest {

    private static CatalogFixture fixture;
    private static AuditLog log;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(AuditedFeatures.class, AuditLog.class);
        log = fixture.bean(AuditLog.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    @BeforeEach
    void clear() {
        log.events().clear();
    }

    private static JsonObject call(String tool, String arguments, String user) {
        return RequestIds.with(Json.createValue(42), () -> fixture.tool(tool).call(CatalogFixture.json(arguments), TestRequests.caller(user)));
    }

    @Test
    void aSuccessfulCallIsRecordedWithWhoWhatAndWhen() {
        call("login", "{\"user\":\"ann\",\"password\":\"pw\",\"attempt\":1}", "ann");
        McpAuditEvent event = log.only();
        assertEquals(Feature.TOOL, event.feature());
        assertEquals("login", event.name());
        assertEquals(Outcome.SUCCESS, event.outcome());
        assertEquals("ann", event.principal());
        assertEquals("42", event.requestId());
        assertFalse(event.duration().isNegative());
        assertEquals(64, event.argumentsDigest().length());
    }

    @Test
    void anAnonymousCallerHasNoPrincipal() {
        call("login", "{\"user\":\"ann\",\"password\":\"pw\",\"attempt\":1}", null);
        assertNull(log.only().principal());
    }

    @Test
    void anErrorResultOfTheToolIsNoSuccess() {
        JsonObject result = call("declined", "{\"reason\":\"too young\"}", "ann");
        assertTrue(result.getBoolean("isError"));
        assertEquals(Outcome.ERROR_RESULT, log.only().outcome());
    }

    @Test
    void invalidArgumentsAreRecordedAsSuch() {
        call("login", "{\"user\":\"ann\",\"password\":\"pw\",\"attempt\":\"first\"}", "ann");
        assertEquals(Outcome.INVALID_ARGUMENTS, log.only().outcome());
    }

    @Test
    void aThrownFailureIsRecordedAsFailed() {
        JsonObject result = call("broken", "{\"input\":\"x\"}", "ann");
        assertTrue(result.getBoolean("isError"));
        assertEquals(Outcome.FAILED, log.only().outcome());
    }

    @Test
    void aRefusalOfAHiddenToolIsRecordedWithoutArguments() {
        fixture.tool("login").refused(TestRequests.caller("bob"));
        log.await(1); // delivered after the answer, on another thread
        McpAuditEvent event = log.only();
        assertEquals(Outcome.REFUSED, event.outcome());
        assertEquals("bob", event.principal());
        assertNull(event.argumentsDigest());
    }
}
