package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.establish;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.headers;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clients of 2025-11-25 and earlier are served on the same endpoint, negotiated per request, with no session. */
class LegacyEraTest {

    private final Dispatcher dispatcher = new Dispatcher(Fixtures.echoTools(1), McpSettings.defaults());

    private JsonObject call(String body, String... headers) {
        JsonRpcRequest request = request(body);
        return dispatcher.dispatch(request, establish(request, headers(headers)));
    }

    @ParameterizedTest
    @CsvSource({"2025-11-25,2025-11-25", "2025-06-18,2025-06-18", "2025-03-26,2025-03-26",
        "2024-11-05,2025-11-25", "1999-01-01,2025-11-25", "2026-07-28,2025-11-25"})
    void initializeAgreesOnAVersionTheServerSpeaks(String requested, String agreed) {
        JsonObject result = call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                + requested + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}");
        assertEquals(agreed, result.getString("protocolVersion"));
        assertEquals("jeemcp", result.getJsonObject("serverInfo").getString("name"));
        assertEquals("{}", result.getJsonObject("capabilities").getJsonObject("tools").toString());
        assertFalse(result.containsKey("resultType"), "legacy results carry no 2026 decorations");
    }

    @Test
    void pingAnswersAnEmptyObject() {
        assertEquals("{}", call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").toString());
    }

    @Test
    void aRequestWithoutAnyVersionIsTakenAs20250326() {
        JsonRpcRequest request = request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        assertEquals("2025-03-26", establish(request, headers()).protocolVersion());
    }

    @Test
    void toolsListNeedsNoHeadersAndHasNoCacheFields() {
        JsonObject result = call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", "MCP-Protocol-Version", "2025-06-18");
        assertEquals(1, result.getJsonArray("tools").size());
        assertFalse(result.containsKey("ttlMs"));
    }

    @Test
    void anUnsupportedVersionHeaderIsRejected() {
        JsonRpcRequest request = request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        assertEquals(McpErrorCodes.UNSUPPORTED_PROTOCOL_VERSION, assertThrows(Fault.class,
                () -> establish(request, headers("MCP-Protocol-Version", "2024-01-01"))).code());
    }

    @Test
    void serverDiscoverDoesNotExistForLegacyClients() {
        var error = assertThrows(dev.jeemcp.mcp.McpProtocolException.class,
                () -> call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server/discover\"}"));
        assertEquals(McpErrorCodes.METHOD_NOT_FOUND, error.code());
    }
}
