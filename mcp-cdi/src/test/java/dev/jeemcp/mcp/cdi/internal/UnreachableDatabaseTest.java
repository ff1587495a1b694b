package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.cdi.internal.fixtures.OutageTools;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tool that fails because its database cannot be reached is not a failed tool: the call becomes a retryable
 * protocol error (503 on the wire), while any other database error stays an isError result.
 */
class UnreachableDatabaseTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(OutageTools.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    @Test
    void anUnreachableDatabaseAsksTheClientToRetry() {
        McpUnavailableException e = assertThrows(McpUnavailableException.class, () -> fixture.call("lookup", "{}"));
        assertEquals("Service temporarily unavailable; retry the request", e.getMessage());
        assertTrue(e.data().asJsonObject().getBoolean("retryable"));
    }

    @Test
    void anyOtherDatabaseErrorIsTheToolsFailure() {
        JsonObject result = fixture.call("register", "{}");
        assertTrue(result.getBoolean("isError"));
        assertEquals("Tool register failed. The details are in the server log.",
                result.getJsonArray("content").getJsonObject(0).getString("text"));
    }
}
