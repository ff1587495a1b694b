package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A body must be exactly one well-formed JSON-RPC request or notification. */
class JsonRpcEnvelopeTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"jsonrpc\":\"2.0\",}", "nul", "{\"a\":1} {\"b\":2}", "{\"a\":01}"})
    void malformedJsonIsAParseError(String body) {
        Fault error = assertThrows(Fault.class, () -> Fixtures.request(body));
        assertEquals(McpErrorCodes.PARSE_ERROR, error.code());
        assertEquals(400, error.status());
        assertNull(error.id());
    }

    @Test
    void invalidUtf8IsAParseError() {
        byte[] body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        Fault error = assertThrows(Fault.class, () -> JsonRpcRequest.parse(body));
        assertEquals(McpErrorCodes.PARSE_ERROR, error.code());
        assertTrue(error.getMessage().contains("UTF-8"));
    }

    @Test
    void deepNestingIsRejectedNotAStackOverflow() {
        String body = "[".repeat(100_000) + "]".repeat(100_000);
        Fault error = assertThrows(Fault.class, () -> Fixtures.request(body));
        assertEquals(McpErrorCodes.PARSE_ERROR, error.code());
    }

    @Test
    void aBatchIsAnInvalidRequest() {
        Fault error = assertThrows(Fault.class,
                () -> Fixtures.request("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]"));
        assertEquals(McpErrorCodes.INVALID_REQUEST, error.code());
        assertTrue(error.getMessage().startsWith("Batch requests are not supported"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "42",
        "{\"id\":1,\"method\":\"ping\"}",
        "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":3}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":[1]}"
    })
    void aNonRequestIsAnInvalidRequest(String body) {
        assertEquals(McpErrorCodes.INVALID_REQUEST, assertThrows(Fault.class, () -> Fixtures.request(body)).code());
    }

    @Test
    void theIdIsKeptForErrorsFoundAfterItWasRead() {
        Fault error = assertThrows(Fault.class,
                () -> Fixtures.request("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":false}"));
        assertEquals("\"abc\"", error.id().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}"})
    void anIdMustBeAStringOrNumber(String body) {
        assertEquals(McpErrorCodes.INVALID_REQUEST, assertThrows(Fault.class, () -> Fixtures.request(body)).code());
    }

    @Test
    void aMessageWithoutIdIsANotification() {
        JsonRpcRequest request = Fixtures.request("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        assertTrue(request.isNotification());
        assertTrue(request.params().isEmpty());
    }
}
