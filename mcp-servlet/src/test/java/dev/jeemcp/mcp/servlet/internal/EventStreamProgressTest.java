package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A client that sends a progressToken gets progress on an event stream; closing that stream cancels the call. */
class EventStreamProgressTest {

    /** Reports progress {@code steps} times, a few milliseconds apart, and records how it ended. */
    static final class SlowTool implements Tool {
        final CompletableFuture<String> outcome = new CompletableFuture<>();
        private final int steps;

        SlowTool(int steps) {
            this.steps = steps;
        }

        public String name() {
            return "slow";
        }

        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"slow\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            try {
                for (int i = 1; i <= steps; i++) {
                    request.progress(i, (double) steps, "step " + i);
                    Thread.sleep(20);
                }
                outcome.complete("finished");
            } catch (CancellationException e) {
                outcome.complete("cancelled");
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Fixtures.json("{\"content\":[{\"type\":\"text\",\"text\":\"done\"}]}");
        }
    }

    private static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"slow\","
            + "\"_meta\":{\"progressToken\":\"p1\",\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
    private static final String[] HEADERS = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "slow"};

    @Test
    void progressPrecedesTheFinalResponseOnOneStream() throws Exception {
        SlowTool tool = new SlowTool(3);
        try (var server = new EmbeddedServer(Fixtures.catalog(tool), McpSettings.defaults())) {
            HttpResponse<String> response = server.send(server.post(CALL, HEADERS));
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            List<String> events = response.body().lines().filter(line -> line.startsWith("data: ")).toList();
            assertEquals(4, events.size(), response.body());
            assertTrue(events.get(0).contains("\"method\":\"notifications/progress\"") && events.get(0).contains("\"progressToken\":\"p1\""));
            assertTrue(events.get(2).contains("\"progress\":3") && events.get(2).contains("\"total\":3"));
            assertTrue(events.get(3).contains("\"id\":5") && events.get(3).contains("\"resultType\":\"complete\""));
            assertEquals("finished", tool.outcome.get(1, TimeUnit.SECONDS));
        }
    }

    @Test
    void closingTheStreamCancelsTheCall() throws Exception {
        SlowTool tool = new SlowTool(500);
        try (var server = new EmbeddedServer(Fixtures.catalog(tool), McpSettings.defaults())) {
            HttpResponse<InputStream> response = server.client.send(server.post(CALL, HEADERS).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                body.readNBytes(64); // the first event has arrived: the call is running
            }
            assertEquals("cancelled", tool.outcome.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void withoutAProgressTokenTheAnswerIsPlainJson() throws Exception {
        try (var server = new EmbeddedServer(Fixtures.catalog(new SlowTool(1)), McpSettings.defaults())) {
            HttpResponse<String> response = server.send(server.post(CALL.replace("\"progressToken\":\"p1\",", ""), HEADERS));
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(response.body().startsWith("{\"jsonrpc\":\"2.0\",\"id\":5,\"result\""), response.body());
        }
    }
}
