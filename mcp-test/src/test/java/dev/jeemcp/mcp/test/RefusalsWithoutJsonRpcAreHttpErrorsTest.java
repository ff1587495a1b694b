package dev.jeemcp.mcp.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A 401 from the container's security (no JSON-RPC body) is an {@link McpHttpError} with its status and challenge. */
class RefusalsWithoutJsonRpcAreHttpErrorsTest {

    @Test
    void anUnauthenticatedCallerGets401WithTheChallenge() {
        try (ScriptedServer server = new ScriptedServer(request -> new Reply(401, "text/html", "<html>login</html>",
                Map.of("WWW-Authenticate", "Basic realm=\"app\"")))) {
            McpHttpError refused = assertThrows(McpHttpError.class, () -> server.client().tools());
            assertEquals(401, refused.status());
            assertEquals("Basic realm=\"app\"", refused.header("WWW-Authenticate").orElseThrow());
        }
    }
}
