package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.servlet.internal.http.OriginPolicy;
import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.MediaTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Origin, Content-Type and Accept are checked before a body is read, with the status each fault deserves. */
class TransportRulesTest {

    @Test
    void loopbackAndListedOriginsPassAndOthersDoNot() {
        OriginPolicy policy = new OriginPolicy(List.of("https://app.example.com/"));
        assertTrue(policy.allows(null));
        assertTrue(policy.allows("http://localhost:6274"));
        assertTrue(policy.allows("http://127.0.0.1"));
        assertTrue(policy.allows("http://[::1]:8080"));
        assertTrue(policy.allows("https://APP.example.com"));
        assertFalse(policy.allows("https://evil.example.com"));
        assertFalse(policy.allows("http://localhost.evil.com"));
        assertFalse(policy.allows("null"));
        assertTrue(new OriginPolicy(List.of("*")).allows("https://anything.example"));
    }

    @Test
    void theBodyMustBeDeclaredJson() {
        assertTrue(MediaTypes.isJson("application/json"));
        assertTrue(MediaTypes.isJson("Application/JSON; charset=utf-8"));
        assertFalse(MediaTypes.isJson("text/plain"));
        assertFalse(MediaTypes.isJson(null));
    }

    @Test
    void theClientMustAcceptJsonAndEventStreams() {
        assertTrue(MediaTypes.acceptsJsonAndEventStream("application/json, text/event-stream"));
        assertTrue(MediaTypes.acceptsJsonAndEventStream("*/*"));
        assertTrue(MediaTypes.acceptsJsonAndEventStream(null));
        assertFalse(MediaTypes.acceptsJsonAndEventStream("application/json"));
        assertFalse(MediaTypes.acceptsJsonAndEventStream("text/html"));
    }

    @Test
    void everyAcceptRangeIsReadWithoutItsParameters() {
        // A parameter of one range must not cut or join the next; case and spaces do not matter.
        assertTrue(MediaTypes.acceptsJsonAndEventStream("text/event-stream, application/json;q=0.9"));
        assertTrue(MediaTypes.acceptsJsonAndEventStream("text/event-stream;q=1,Application/JSON"));
        assertTrue(MediaTypes.acceptsJsonAndEventStream("application/*;q=0.5 ,  text/*"));
        assertTrue(MediaTypes.acceptsJsonAndEventStream(",application/json,,text/event-stream,"));
        assertFalse(MediaTypes.acceptsJsonAndEventStream("text/event-stream;profile=\"application/json\""));
        assertFalse(MediaTypes.acceptsJsonAndEventStream("application/json;x=text/event-stream, text/html"));
        assertFalse(MediaTypes.acceptsJsonAndEventStream("application/jsonx, text/event-stream"));
        assertFalse(MediaTypes.acceptsJsonAndEventStream(","));
    }

    @Test
    void errorCodesMapToTheStatusesTheTransportDefines() {
        assertEquals(400, status(McpErrorCodes.PARSE_ERROR));
        assertEquals(400, status(McpErrorCodes.HEADER_MISMATCH));
        assertEquals(400, status(McpErrorCodes.MISSING_CLIENT_CAPABILITY));
        assertEquals(400, status(McpErrorCodes.UNSUPPORTED_PROTOCOL_VERSION));
        assertEquals(404, status(McpErrorCodes.METHOD_NOT_FOUND));
        assertEquals(500, status(McpErrorCodes.INTERNAL_ERROR));
        assertEquals(200, status(McpErrorCodes.INVALID_PARAMS));
        assertEquals(503, Fault.of(new McpUnavailableException()).status());
        assertEquals("1", Fault.of(new McpUnavailableException()).headers().get("Retry-After"));
    }

    private static int status(int code) {
        return Fault.of(new McpProtocolException(code, "any", null)).status();
    }

    @Test
    void settingsRejectNonsenseWithTheirName() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Fixtures.settings("mcp.maxRequestBytes", "-5"));
        assertTrue(error.getMessage().startsWith("mcp.maxRequestBytes"));
        // A body is read to one byte past the limit, into one array: the limit must leave room for it.
        var tooLarge = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Fixtures.settings("mcp.maxRequestBytes", String.valueOf(Integer.MAX_VALUE)));
        assertTrue(tooLarge.getMessage().startsWith("mcp.maxRequestBytes must be a positive integer up to "), tooLarge.getMessage());
    }
}
