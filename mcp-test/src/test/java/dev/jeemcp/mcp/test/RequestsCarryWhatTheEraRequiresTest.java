package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Received;
import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the kit sends: on 2026-07-28 the per-request {@code _meta} and the {@code MCP-Protocol-Version},
 * {@code Mcp-Method} and {@code Mcp-Name} headers; on 2025-11-25 an {@code initialize} and its notification first,
 * then requests without {@code _meta}; the caller's credentials on every request.
 */
class RequestsCarryWhatTheEraRequiresTest {

    @Test
    void modernRequestsCarryMetaAndHeaders() {
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> Scripts.WEATHER))) {
            server.client().as("alice", "secret").withElicitation().call("get_weather", "location", "Seattle");
            Received call = server.received.get(server.received.size() - 1);
            JsonObject meta = call.message().getJsonObject("params").getJsonObject("_meta");
            assertEquals("2026-07-28", meta.getString("io.modelcontextprotocol/protocolVersion"));
            assertTrue(meta.getJsonObject("io.modelcontextprotocol/clientCapabilities").containsKey("elicitation"));
            assertEquals("2026-07-28", call.header("MCP-Protocol-Version"));
            assertEquals("tools/call", call.header("Mcp-Method"));
            assertEquals("get_weather", call.header("Mcp-Name"));
            assertEquals("Basic YWxpY2U6c2VjcmV0", call.header("Authorization"));
            assertEquals("tools/list", server.received.get(0).header("Mcp-Method"), "the tools are read once, for their schemas");
            assertNull(server.received.get(0).header("Mcp-Name"));
        }
    }

    @Test
    void argumentsMarkedAsHeadersAreSentAsHeaders() {
        String tools = Scripts.TOOLS.replace("\"location\":{\"type\":\"string\"}", "\"location\":{\"type\":\"string\",\"x-mcp-header\":\"Location\"}");
        try (ScriptedServer server = new ScriptedServer(request -> ScriptedServer.method(request).equals("tools/list")
                ? Reply.json(ScriptedServer.result(request, tools)) : Reply.json(ScriptedServer.result(request, Scripts.WEATHER)))) {
            server.client().bearer("token-1").call("get_weather", obj("location", "Zürich"));
            Received call = server.received.get(server.received.size() - 1);
            assertEquals("=?base64?WsO8cmljaA==?=", call.header("Mcp-Param-Location"), "non-ASCII is base64-wrapped");
            assertEquals("Bearer token-1", call.header("Authorization"));
        }
    }

    @Test
    void legacyClientsInitializeFirst() {
        String initialize = "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{\"tools\":{}},\"serverInfo\":{\"name\":\"s\",\"version\":\"1\"}}";
        String tools = Scripts.TOOLS.replace("\"resultType\":\"complete\",\"ttlMs\":0,\"cacheScope\":\"private\",", "");
        try (ScriptedServer server = new ScriptedServer(request -> switch (ScriptedServer.method(request)) {
            case "initialize" -> Reply.json(ScriptedServer.result(request, initialize));
            case "tools/list" -> Reply.json(ScriptedServer.result(request, tools));
            default -> Reply.json(ScriptedServer.result(request, Scripts.WEATHER.replace("\"resultType\":\"complete\",", "")));
        })) {
            McpClient legacy = server.client().legacy();
            legacy.call("get_weather", obj("location", "Seattle")).assertSuccess();
            List<String> methods = server.received.stream().map(received -> received.message().getString("method")).toList();
            assertEquals(List.of("initialize", "notifications/initialized", "tools/list", "tools/call"), methods);
            Received call = server.received.get(3);
            assertFalse(call.message().getJsonObject("params").containsKey("_meta"));
            assertEquals("2025-11-25", call.header("MCP-Protocol-Version"));
            assertNull(call.header("Mcp-Method"));
        }
    }
}
