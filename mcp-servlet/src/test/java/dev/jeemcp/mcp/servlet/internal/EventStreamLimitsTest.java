package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Event streams are bounded: they get keep-alive comments while the call is quiet, end after their maximum duration
 * with the call interrupted, are refused with 503 beyond the concurrent maximum, and a client that leaves a quiet
 * stream interrupts its call. Waits are on events; the time bounds are only there to fail instead of hanging.
 */
class EventStreamLimitsTest {

    /** Reports nothing and waits until released, or interrupted. */
    static final class QuietTool implements Tool {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final CompletableFuture<String> outcome = new CompletableFuture<>();

        public String name() {
            return "quiet";
        }

        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"quiet\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            started.countDown();
            try {
                release.await();
                outcome.complete("released");
            } catch (InterruptedException e) {
                outcome.complete("interrupted");
            }
            return Fixtures.json("{\"content\":[{\"type\":\"text\",\"text\":\"done\"}]}");
        }
    }

    private static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"quiet\","
            + "\"_meta\":{\"progressToken\":\"p1\",\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
    private static final String[] HEADERS = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "quiet"};

    private static HttpResponse<InputStream> open(EmbeddedServer server) throws Exception {
        return server.client.send(server.post(CALL, HEADERS).build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    @Test
    void aQuietStreamGetsKeepAliveCommentsThenItsResult() throws Exception {
        QuietTool tool = new QuietTool();
        try (var server = new EmbeddedServer(Fixtures.catalog(tool), Fixtures.settings("mcp.streamKeepAliveMs", "20"))) {
            HttpResponse<InputStream> response = open(server);
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                assertEquals(": keep-alive", lines.readLine());
                tool.release.countDown();
                String line;
                StringBuilder rest = new StringBuilder();
                while ((line = lines.readLine()) != null) {
                    rest.append(line).append('\n');
                }
                assertTrue(rest.toString().contains("data: {\"jsonrpc\":\"2.0\",\"id\":5,\"result\""), rest.toString());
            }
            assertEquals("released", tool.outcome.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aStreamThatOutlivesItsMaximumEndsWithAnErrorAndInterruptsTheCall() throws Exception {
        QuietTool tool = new QuietTool();
        try (var server = new EmbeddedServer(Fixtures.catalog(tool),
                Fixtures.settings("mcp.streamKeepAliveMs", "20", "mcp.streamMaxDurationMs", "300"))) {
            HttpResponse<InputStream> response = open(server);
            String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(body.contains("\"id\":5,\"error\":{\"code\":" + McpErrorCodes.INTERNAL_ERROR + ",\"message\":\"Request timed out"), body);
            assertEquals("interrupted", tool.outcome.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void beyondTheConcurrentMaximumAStreamIsRefusedWith503() throws Exception {
        QuietTool tool = new QuietTool();
        try (var server = new EmbeddedServer(Fixtures.catalog(tool), Fixtures.settings("mcp.maxConcurrentStreams", "1"))) {
            // Asynchronously: a quiet stream sends its headers only with its first event.
            var first = server.client.sendAsync(server.post(CALL, HEADERS).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(tool.started.await(30, TimeUnit.SECONDS));
            HttpResponse<String> second = server.send(server.post(CALL, HEADERS));
            assertEquals(503, second.statusCode(), second.body());
            assertEquals("1", second.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(second.body().contains("\"retryable\":true"), second.body());
            tool.release.countDown();
            assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
            // The slot is free again once the first stream ended.
            HttpResponse<String> third = server.send(server.post(CALL, HEADERS));
            assertEquals(200, third.statusCode(), third.body());
        }
    }

    @Test
    void aClientThatLeavesAQuietStreamInterruptsTheCall() throws Exception {
        QuietTool tool = new QuietTool();
        try (var server = new EmbeddedServer(Fixtures.catalog(tool), Fixtures.settings("mcp.streamKeepAliveMs", "20"))) {
            HttpResponse<InputStream> response = open(server);
            try (InputStream body = response.body()) {
                body.readNBytes(": keep-alive\n\n".length()); // the stream is open and the call running
            }
            assertEquals("interrupted", tool.outcome.get(30, TimeUnit.SECONDS));
        }
    }
}
