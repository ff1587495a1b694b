package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A call refused by a rate limit is answered 429 with {@code Retry-After} in whole seconds rounded up (never 0) and a
 * retryable JSON-RPC error whose {@code data.retryAfterMs} says when, so a client knows it was too fast, not wrong.
 */
class RateLimitedIsTooManyRequestsTest {

    /** Refused by a limit whose window ends in {@code millis}. */
    record LimitedTool(String name, long millis) implements Tool {
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"" + name + "\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            throw new McpRateLimitedException(millis);
        }
    }

    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = new EmbeddedServer(Fixtures.catalog(new LimitedTool("later", 2_500), new LimitedTool("soon", 1)),
                Fixtures.settings());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> call(String tool) {
        return server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\"}}"));
    }

    @Test
    void theRefusalSaysWhenToComeBack() {
        HttpResponse<String> response = call("later");
        assertEquals(429, response.statusCode(), response.body());
        assertEquals("3", response.headers().firstValue("Retry-After").orElse(null), "2.5 s rounded up");
        JsonObject error = Fixtures.json(response.body()).getJsonObject("error");
        assertEquals(McpErrorCodes.INTERNAL_ERROR, error.getInt("code"));
        assertTrue(error.getJsonObject("data").getBoolean("retryable"));
        assertEquals(2_500, error.getJsonObject("data").getJsonNumber("retryAfterMs").longValue());
        assertEquals(7, Fixtures.json(response.body()).getInt("id"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void aWindowEndingNowStillSaysOneSecond() {
        HttpResponse<String> response = call("soon");
        assertEquals(429, response.statusCode());
        assertEquals("1", response.headers().firstValue("Retry-After").orElse(null));
    }
}
