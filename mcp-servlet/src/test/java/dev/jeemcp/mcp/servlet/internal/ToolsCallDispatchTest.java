package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.headers;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.request.RequestEra;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** tools/call is a lookup and a call; a tool the caller may not use is indistinguishable from a missing one. */
class ToolsCallDispatchTest {

    private final Dispatcher dispatcher = new Dispatcher(
            Fixtures.catalog(new Fixtures.EchoTool("echo", null), new Fixtures.EchoTool("admin_echo", "admin")),
            McpSettings.defaults());

    private JsonObject call(String name, String members, boolean admin) {
        var request = modern("tools/call", "\"name\":\"" + name + "\"" + members);
        var context = RequestEra.establish(request,
                headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", name),
                admin ? () -> "alice" : null, "admin"::equals);
        return dispatcher.dispatch(request, context);
    }

    @Test
    void argumentsReachTheToolAndTheResultIsDecorated() {
        JsonObject result = call("echo", ",\"arguments\":{\"x\":1}", false);
        assertEquals("{\"x\":1}", result.getJsonObject("structuredContent").toString());
        assertEquals("complete", result.getString("resultType"));
        assertEquals("jeemcp", result.getJsonObject("_meta").getJsonObject("io.modelcontextprotocol/serverInfo").getString("name"));
    }

    @Test
    void anUnknownToolIsInvalidParams() {
        var error = assertThrows(McpProtocolException.class, () -> call("nope", "", false));
        assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
        assertEquals("Unknown tool: nope", error.getMessage());
    }

    @Test
    void aToolTheCallerMayNotUseAnswersLikeAnUnknownOne() {
        var hidden = assertThrows(McpProtocolException.class, () -> call("admin_echo", "", false));
        var missing = assertThrows(McpProtocolException.class, () -> call("admin_ech0", "", false));
        assertEquals(missing.code(), hidden.code());
        assertEquals(missing.getMessage().replace("admin_ech0", "X"), hidden.getMessage().replace("admin_echo", "X"));
        assertEquals("{}", call("admin_echo", "", true).getJsonObject("structuredContent").toString());
    }

    @Test
    void aListThatDependsOnTheCallerIsPrivate() {
        var request = modern("tools/list", "");
        JsonObject anonymous = dispatcher.dispatch(request, RequestEra.establish(request,
                headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list"), null, role -> false));
        JsonObject admin = dispatcher.dispatch(request, RequestEra.establish(request,
                headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list"), () -> "alice", "admin"::equals));
        assertEquals(1, anonymous.getJsonArray("tools").size());
        assertEquals(2, admin.getJsonArray("tools").size());
        assertEquals("private", anonymous.getString("cacheScope"));
        assertEquals("public", new Dispatcher(Fixtures.echoTools(2), McpSettings.defaults()).dispatch(request,
                RequestEra.establish(request, headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list"), null, r -> false))
                .getString("cacheScope"));
    }

    @Test
    void argumentsMustBeAnObject() {
        var error = assertThrows(McpProtocolException.class, () -> call("echo", ",\"arguments\":[1]", false));
        assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
    }
}
