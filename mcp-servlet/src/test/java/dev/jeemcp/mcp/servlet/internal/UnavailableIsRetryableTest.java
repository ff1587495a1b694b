package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request that fails because a resource cannot be reached is answered 503 with {@code Retry-After} and a retryable
 * JSON-RPC error, so that clients and balancers retry it; nothing about the resource reaches the wire.
 */
class UnavailableIsRetryableTest {

    record FailingTool(String name, Supplier<RuntimeException> failure) implements Tool {
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"" + name + "\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            throw failure.get();
        }
    }

    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = new EmbeddedServer(Fixtures.catalog(
                new FailingTool("database_down", () -> new IllegalStateException("commit failed",
                        new SQLException("Connection to db-prod-7.internal:5432 refused", "08001"))),
                new FailingTool("downstream_down", () -> new McpUnavailableException()),
                new FailingTool("bug", () -> new IllegalStateException("bug"))), Fixtures.settings());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> call(String tool) {
        return server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\"}}"));
    }

    private static void assertRetryable(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("1", response.headers().firstValue("Retry-After").orElse(null));
        JsonObject error = Fixtures.json(response.body()).getJsonObject("error");
        assertEquals(McpErrorCodes.INTERNAL_ERROR, error.getInt("code"));
        assertTrue(error.getJsonObject("data").getBoolean("retryable"));
        assertEquals(7, Fixtures.json(response.body()).getInt("id"));
        assertFalse(response.body().contains("db-prod") || response.body().contains("Exception"), response.body());
    }

    @Test
    void anUnreachableDatabaseIsRetryable() {
        assertRetryable(call("database_down"));
    }

    @Test
    void anApplicationMayDeclareItselfUnavailable() {
        assertRetryable(call("downstream_down"));
    }

    @Test
    void aBugIsNotRetryable() {
        HttpResponse<String> response = call("bug");
        assertEquals(500, response.statusCode());
        assertFalse(response.headers().firstValue("Retry-After").isPresent());
        assertFalse(response.body().contains("retryable"), response.body());
    }
}
