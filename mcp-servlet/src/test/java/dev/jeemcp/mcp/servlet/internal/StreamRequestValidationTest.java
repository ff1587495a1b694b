package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request that asks for notifications is validated before anything streams: its faults keep their transport
 * status as plain JSON (400 for -32021 and a malformed _meta) instead of becoming an event of a 200 stream.
 */
class StreamRequestValidationTest {

    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = new EmbeddedServer(Fixtures.catalog(new InputRequiredTest.ConfirmingTool()),
                Fixtures.settings("mcp.requestStateKey", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> call(String meta) {
        return server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"bind\","
                + "\"_meta\":{" + meta + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}",
                "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "bind"));
    }

    private static void assertPlainError(HttpResponse<String> response, int status, int code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().map().toString());
        assertTrue(response.body().startsWith("{\"jsonrpc\":\"2.0\",\"id\":9,\"error\":{\"code\":" + code), response.body());
    }

    @Test
    void aMissingCapabilityIs400EvenWithAProgressToken() {
        assertPlainError(call("\"progressToken\":\"p\","), 400, McpErrorCodes.MISSING_CLIENT_CAPABILITY);
        assertPlainError(call("\"io.modelcontextprotocol/logLevel\":\"info\","), 400, McpErrorCodes.MISSING_CLIENT_CAPABILITY);
    }

    @Test
    void anInvalidLogLevelIsInvalidParamsNotEveryMessage() {
        assertPlainError(call("\"io.modelcontextprotocol/logLevel\":\"verbose\","), 400, McpErrorCodes.INVALID_PARAMS);
        assertPlainError(call("\"io.modelcontextprotocol/logLevel\":3,"), 400, McpErrorCodes.INVALID_PARAMS);
    }

    @Test
    void aProgressTokenOfTheWrongTypeIsInvalidParams() {
        assertPlainError(call("\"progressToken\":{\"a\":1},"), 400, McpErrorCodes.INVALID_PARAMS);
    }
}
