package dev.jeemcp.mcp.test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 2025-11-25 allows what 2026-07-28 forbids (an Mcp-Session-Id, server requests on the response stream), knows no
 * {@code extensions} capability, and must agree on a version the client speaks.
 */
class TheLegacyEraKeepsItsOwnRulesTest {

    private static final String INITIALIZE = "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{\"tools\":{}},"
            + "\"serverInfo\":{\"name\":\"s\",\"version\":\"1\"}}";

    private static ScriptedServer server(String initialize, Reply ping) {
        return new ScriptedServer(request -> "initialize".equals(ScriptedServer.method(request))
                ? new Reply(200, "application/json", ScriptedServer.result(request, initialize), Map.of("Mcp-Session-Id", "s-1"))
                : ping == null ? Reply.stream("{\"jsonrpc\":\"2.0\",\"id\":\"srv-1\",\"method\":\"roots/list\"}",
                        ScriptedServer.result(request, "{}")) : ping);
    }

    @Test
    void aSessionIdAndAServerRequestOnTheStreamAreLegal() {
        try (ScriptedServer server = server(INITIALIZE, null)) {
            server.client().legacy().request("ping", McpJson.obj());
            assertTrue(server.received.get(2).header("MCP-Protocol-Version").equals("2025-11-25"));
        }
    }

    @Test
    void theSameStreamBreaksTheModernEra() {
        try (ScriptedServer server = server(INITIALIZE, null)) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().request("ping", McpJson.obj()));
            assertTrue(violation.getMessage().contains("no server requests"), violation.getMessage());
        }
    }

    @Test
    void anUnsupportedNegotiatedVersionFails() {
        try (ScriptedServer server = server(INITIALIZE.replace("2025-11-25", "2024-11-05"), null)) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().legacy().request("ping", McpJson.obj()));
            assertTrue(violation.getMessage().contains("initialize agrees on a version the client supports"), violation.getMessage());
        }
    }

    @Test
    void aLegacyInitializeDeclaresNoExtensions() {
        try (ScriptedServer server = server(INITIALIZE, null)) {
            server.client().withTasks().withElicitation().legacy().request("ping", McpJson.obj());
            var capabilities = server.received.get(0).message().getJsonObject("params").getJsonObject("capabilities");
            assertFalse(capabilities.containsKey("extensions"), capabilities.toString());
            assertTrue(capabilities.containsKey("elicitation"), capabilities.toString());
        }
    }
}
