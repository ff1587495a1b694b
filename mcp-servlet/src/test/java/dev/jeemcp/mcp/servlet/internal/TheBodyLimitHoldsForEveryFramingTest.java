package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body is read whole whether the client declares its length or sends it in chunks, and {@code mcp.maxRequestBytes}
 * holds exactly in both: a body of the limit is answered, one byte more is refused with 413. A declared length is read
 * into an array of its size, a chunked body up to the limit and one byte; both paths are tested at the boundary.
 */
class TheBodyLimitHoldsForEveryFramingTest {

    private static final int LIMIT = 1000;
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}";

    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = new EmbeddedServer(Fixtures.catalog(), Fixtures.settings("mcp.maxRequestBytes", String.valueOf(LIMIT)));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** The ping, padded with trailing whitespace (which JSON allows) to exactly {@code size} bytes. */
    private static String pingOf(int size) {
        return PING + " ".repeat(size - PING.length());
    }

    /** The same POST as {@link EmbeddedServer#post}, but with a body of unknown length: HTTP/1.1 sends it chunked. */
    private static HttpRequest.Builder chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return server.post("").POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    }

    private static void assertAnswered(HttpRequest.Builder request) {
        HttpResponse<String> response = server.send(request);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{}}", response.body());
    }

    private static void assertRefused(HttpRequest.Builder request) {
        HttpResponse<String> response = server.send(request);
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"code\":" + McpErrorCodes.INVALID_REQUEST), response.body());
    }

    @Test
    void aDeclaredLengthUpToTheLimitIsReadWhole() {
        assertAnswered(server.post(PING));
        assertAnswered(server.post(pingOf(LIMIT)));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefused() {
        assertRefused(server.post(pingOf(LIMIT + 1)));
    }

    @Test
    void aChunkedBodyUpToTheLimitIsReadWhole() {
        assertAnswered(chunked(PING));
        assertAnswered(chunked(pingOf(LIMIT)));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefused() {
        assertRefused(chunked(pingOf(LIMIT + 1)));
    }
}
