package dev.jeemcp.mcp.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A transport refusal that carries a JSON-RPC error with {@code "id": null} (how the library refuses a foreign Origin,
 * a missing bearer token, 406/413/415) is an {@link McpHttpError} holding that error, not a violation of the id rule;
 * so is any answer that is neither JSON nor an event stream (a login form, a redirect).
 */
class ARefusalIsAnHttpErrorEvenWithAJsonRpcErrorTest {

    @Test
    void aNullIdErrorWith403IsARefusal() {
        String error = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"Origin not allowed\"}}";
        try (ScriptedServer server = new ScriptedServer(request -> new Reply(403, "application/json", error, Map.of()))) {
            McpHttpError refused = assertThrows(McpHttpError.class, () -> server.client().discover());
            assertEquals(403, refused.status());
            assertEquals(-32600, refused.error().orElseThrow().getInt("code"));
            assertTrue(refused.getMessage().contains("a JSON-RPC error without the request's id"), refused.getMessage());
        }
    }

    @Test
    void aNullIdErrorWith200IsStillAViolation() {
        String error = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"?\"}}";
        try (ScriptedServer server = new ScriptedServer(request -> new Reply(200, "application/json", error, Map.of()))) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().discover());
            assertTrue(violation.getMessage().contains("the response carries the request's id"), violation.getMessage());
        }
    }

    @Test
    void aLoginFormIsARefusal() {
        try (ScriptedServer server = new ScriptedServer(request -> new Reply(200, "text/html", "<form action=j_security_check>", Map.of()))) {
            McpHttpError refused = assertThrows(McpHttpError.class, () -> server.client().discover());
            assertEquals(200, refused.status());
            assertTrue(refused.body().contains("j_security_check"), refused.body());
        }
    }

    @Test
    void aRedirectIsARefusal() {
        try (ScriptedServer server = new ScriptedServer(request -> new Reply(302, "text/plain", "", Map.of("Location", "/login")))) {
            McpHttpError refused = assertThrows(McpHttpError.class, () -> server.client().discover());
            assertEquals(302, refused.status());
            assertEquals("/login", refused.header("Location").orElseThrow());
        }
    }
}
