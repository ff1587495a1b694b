package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.headers;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.json;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.internal.RequestIds;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * While the dispatcher serves a request, its JSON-RPC id is the thread's current request id (what audit events
 * carry): a number as its text, a string as its value, at most 128 characters; none once the request is served.
 */
class RequestIdIsKnownWhileDispatchingTest {

    private static final AtomicReference<String> SEEN = new AtomicReference<>();

    private final Dispatcher dispatcher = new Dispatcher(Fixtures.catalog(new Tool() {
        public String name() {
            return "seen";
        }

        public JsonObject definition() {
            return json("{\"name\":\"seen\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            SEEN.set(RequestIds.current());
            return json("{\"content\":[]}");
        }
    }), McpSettings.defaults());

    private String idSeenFor(String id) {
        JsonRpcRequest call = request("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"seen\","
                + "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}");
        dispatcher.dispatch(call, Fixtures.establish(call, headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call",
                "Mcp-Name", "seen")));
        return SEEN.get();
    }

    @Test
    void aNumberIsItsText() {
        assertEquals("7", idSeenFor("7"));
    }

    @Test
    void aStringIsItsValueCutTo128Characters() {
        assertEquals("req-1", idSeenFor("\"req-1\""));
        assertEquals("x".repeat(128), idSeenFor("\"" + "x".repeat(300) + "\""));
    }

    @Test
    void noneOnceServed() {
        idSeenFor("8");
        assertNull(RequestIds.current());
    }
}
