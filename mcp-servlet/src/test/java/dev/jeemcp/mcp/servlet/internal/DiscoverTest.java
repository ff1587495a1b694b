package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.establish;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modern;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modernHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** server/discover describes the server in one cacheable result, and capabilities follow what the app has. */
class DiscoverTest {

    private static JsonObject discover(Dispatcher dispatcher) {
        var request = modern("server/discover", "");
        return dispatcher.dispatch(request, establish(request, modernHeaders("server/discover")));
    }

    @Test
    void discoverListsVersionsCapabilitiesAndCacheHints() {
        JsonObject result = discover(new Dispatcher(Fixtures.echoTools(2),
                Fixtures.settings("mcp.serverName", "quotes", "mcp.instructions", "Quote carefully.")));
        assertEquals("complete", result.getString("resultType"));
        assertEquals("[\"2026-07-28\",\"2025-11-25\",\"2025-06-18\",\"2025-03-26\"]", result.getJsonArray("supportedVersions").toString());
        assertEquals("{\"tools\":{},\"logging\":{}}", result.getJsonObject("capabilities").toString());
        assertEquals("Quote carefully.", result.getString("instructions"));
        assertEquals(300_000, result.getJsonNumber("ttlMs").longValue());
        assertEquals("public", result.getString("cacheScope"));
        assertEquals("quotes", result.getJsonObject("_meta").getJsonObject("io.modelcontextprotocol/serverInfo").getString("name"));
    }

    @Test
    void withoutToolsThereIsNoToolsCapabilityAndNoToolsMethods() {
        Dispatcher dispatcher = new Dispatcher(Fixtures.catalog(), McpSettings.defaults());
        JsonObject result = discover(dispatcher);
        assertFalse(result.getJsonObject("capabilities").containsKey("tools"));
        var list = modern("tools/list", "");
        var error = assertThrows(McpProtocolException.class, () -> dispatcher.dispatch(list, establish(list, modernHeaders("tools/list"))));
        assertEquals(McpErrorCodes.METHOD_NOT_FOUND, error.code());
    }

    @Test
    void legacyOnlyMethodsAreUnknownToModernRequests() {
        Dispatcher dispatcher = new Dispatcher(Fixtures.echoTools(1), McpSettings.defaults());
        var ping = modern("ping", "");
        var error = assertThrows(McpProtocolException.class, () -> dispatcher.dispatch(ping, establish(ping, modernHeaders("ping"))));
        assertEquals(McpErrorCodes.METHOD_NOT_FOUND, error.code());
        assertEquals(404, Fault.of(error).status());
    }
}
