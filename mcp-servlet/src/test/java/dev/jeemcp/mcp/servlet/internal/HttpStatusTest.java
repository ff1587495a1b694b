package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Transport faults get their HTTP status and a JSON-RPC error, and nothing about the server leaks. */
class HttpStatusTest {

    /** Fails the way a broken application does. */
    record BrokenTool() implements Tool {
        public String name() {
            return "broken";
        }

        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"broken\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            throw new IllegalStateException("connection to db-prod-7.internal refused");
        }
    }

    private static EmbeddedServer server;
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

    @BeforeAll
    static void start() {
        server = new EmbeddedServer(Fixtures.catalog(new BrokenTool()), Fixtures.settings("mcp.maxRequestBytes", "1000"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> assertError(HttpRequest.Builder request, int status, int code) {
        HttpResponse<String> response = server.send(request);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"code\":" + code), response.body());
        assertFalse(response.headers().firstValue("Mcp-Session-Id").isPresent());
        assertFalse(response.body().contains("Exception") || response.body().contains("db-prod"), response.body());
        return response;
    }

    @Test
    void onlyPostIsAllowed() {
        HttpResponse<String> response = assertError(HttpRequest.newBuilder(server.endpoint).GET(), 405, McpErrorCodes.INVALID_REQUEST);
        assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
        assertError(HttpRequest.newBuilder(server.endpoint).DELETE(), 405, McpErrorCodes.INVALID_REQUEST);
    }

    @Test
    void aForeignOriginIsForbidden() {
        assertError(server.post(PING, "Origin", "https://evil.example"), 403, McpErrorCodes.INVALID_REQUEST);
        assertEquals(200, server.send(server.post(PING, "Origin", "http://localhost:3000")).statusCode());
    }

    @Test
    void theBodyMustBeJsonAndTheAnswerAcceptable() {
        assertError(server.post(PING, "Content-Type", "text/plain"), 415, McpErrorCodes.INVALID_REQUEST);
        assertError(server.post(PING, "Accept", "text/html"), 406, McpErrorCodes.INVALID_REQUEST);
    }

    @Test
    void anOversizedBodyIsRefused() {
        assertError(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\"" + "a".repeat(2000) + "\"}}"), 413, McpErrorCodes.INVALID_REQUEST);
    }

    @Test
    void aNotificationIsAcceptedWithoutABody() {
        HttpResponse<String> response = server.send(server.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
        assertEquals(202, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorWithTheRequestId() {
        HttpResponse<String> response = assertError(server.post(
                "{\"jsonrpc\":\"2.0\",\"id\":\"call-9\",\"method\":\"tools/call\",\"params\":{\"name\":\"broken\"}}"), 500, McpErrorCodes.INTERNAL_ERROR);
        assertTrue(response.body().contains("\"id\":\"call-9\""), response.body());
        assertTrue(response.body().contains("\"message\":\"Internal error\""), response.body());
    }

    @Test
    void responsesAreUtf8Json() {
        HttpResponse<String> response = server.send(server.post(PING));
        assertEquals("application/json;charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}", response.body());
    }
}
