package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.headers;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.json;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.request.RequestEra;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Arguments marked x-mcp-header must arrive mirrored in an agreeing Mcp-Param-* header (2026-07-28). */
class ParamHeadersTest {

    /** Routes on region (string), tier (integer) and urgent (boolean). */
    record RoutedTool() implements Tool {
        public String name() {
            return "route";
        }

        public JsonObject definition() {
            return json("{\"name\":\"route\",\"inputSchema\":{\"type\":\"object\",\"properties\":{"
                    + "\"region\":{\"type\":\"string\",\"x-mcp-header\":\"Region\"},"
                    + "\"tier\":{\"type\":\"integer\",\"x-mcp-header\":\"Tier\"},"
                    + "\"urgent\":{\"type\":\"boolean\",\"x-mcp-header\":\"Urgent\"}}}}");
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            return json("{\"content\":[]}");
        }
    }

    private final Dispatcher dispatcher = new Dispatcher(Fixtures.catalog(new RoutedTool()), McpSettings.defaults());

    private JsonObject call(String arguments, String... extraHeaders) {
        var rpc = request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"route\",\"arguments\":"
                + arguments + "," + "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}");
        String[] all = new String[6 + extraHeaders.length];
        System.arraycopy(new String[] {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "route"}, 0, all, 0, 6);
        System.arraycopy(extraHeaders, 0, all, 6, extraHeaders.length);
        return dispatcher.dispatch(rpc, RequestEra.establish(rpc, headers(all), null, r -> false));
    }

    @Test
    void agreeingHeadersPass() {
        assertEquals("complete", call("{\"region\":\"eu-west\",\"tier\":2,\"urgent\":true}",
                "Mcp-Param-Region", "eu-west", "Mcp-Param-Tier", "2.0", "Mcp-Param-Urgent", "true").getString("resultType"));
    }

    @Test
    void anAbsentArgumentNeedsNoHeader() {
        assertEquals("complete", call("{}").getString("resultType"));
    }

    @Test
    void aMissingOrDifferentHeaderIsAHeaderMismatch() {
        Fault missing = assertThrows(Fault.class, () -> call("{\"region\":\"eu-west\"}"));
        assertEquals(McpErrorCodes.HEADER_MISMATCH, missing.code());
        assertEquals(400, missing.status());
        assertEquals(McpErrorCodes.HEADER_MISMATCH, assertThrows(Fault.class,
                () -> call("{\"tier\":2}", "Mcp-Param-Tier", "3")).code());
        assertEquals(McpErrorCodes.HEADER_MISMATCH, assertThrows(Fault.class,
                () -> call("{\"urgent\":false}", "Mcp-Param-Urgent", "FALSE")).code());
    }

    @Test
    void encodedValuesAreDecodedFirst() {
        String encoded = "=?base64?" + java.util.Base64.getEncoder().encodeToString(" Z\u00fcrich ".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "?=";
        assertEquals("complete", call("{\"region\":\" Z\u00fcrich \"}", "Mcp-Param-Region", encoded).getString("resultType"));
    }
}
