package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.spi.Tool;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code jeemcp.event_streams.active} counts the {@code text/event-stream} responses open now: one more while a
 * stream is open, and back to zero when it ends, with its answer or because its client left.
 */
class OpenEventStreamsAreCountedTest {

    /** Reports progress (which opens the stream), then waits until the test lets it answer. */
    static final class GatedTool implements Tool {
        final CountDownLatch reported = new CountDownLatch(1);
        final CountDownLatch answer = new CountDownLatch(1);

        public String name() {
            return "gated";
        }

        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"gated\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            request.progress(1, 2.0, "started");
            reported.countDown();
            try {
                answer.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Fixtures.json("{\"content\":[{\"type\":\"text\",\"text\":\"done\"}]}");
        }
    }

    private static String call(String tool) {
        return "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\","
                + "\"_meta\":{\"progressToken\":\"p1\"}}}";
    }

    private static long open(RecordedTelemetry telemetry, long expected) {
        Map<String, Long> expectedPoints = Map.of("", expected);
        return telemetry.settled(() -> telemetry.longPoints("jeemcp.event_streams.active", attributes -> ""), expectedPoints)
                .getOrDefault("", 0L);
    }

    @Test
    void aStreamCountsWhileItIsOpen() throws Exception {
        GatedTool tool = new GatedTool();
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(tool), McpSettings.defaults())) {
            var pending = server.client.sendAsync(server.post(call("gated")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(tool.reported.await(30, TimeUnit.SECONDS));
            assertEquals(1, open(telemetry, 1));
            tool.answer.countDown();
            HttpResponse<String> response = pending.get(30, TimeUnit.SECONDS);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            assertEquals(0, open(telemetry, 0));
        }
    }

    @Test
    void aStreamItsClientLeftIsNoLongerCounted() throws Exception {
        EventStreamProgressTest.SlowTool tool = new EventStreamProgressTest.SlowTool(500);
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(tool), McpSettings.defaults())) {
            HttpResponse<InputStream> response = server.client.send(server.post(call("slow")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                body.readNBytes(64); // the first event has arrived: the stream is open
                assertEquals(1, open(telemetry, 1));
            }
            assertEquals("cancelled", tool.outcome.get(10, TimeUnit.SECONDS));
            assertEquals(0, open(telemetry, 0));
            SpanData span = telemetry.awaitSpans(1).get(0);
            assertEquals("cancelled", span.getAttributes().get(AttributeKey.stringKey("error.type")));
        }
    }

    /** A 2025-era call waiting for its client's answer holds an open stream: it counts from the first request sent. */
    @Test
    void aStreamWaitingForTheClientsAnswerCounts() throws Exception {
        var answers = new LegacyInputFixture.SharedAnswers();
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = LegacyInputFixture.instance(LegacyInputFixture.catalog(answers, new LegacyInputFixture.ConfirmingTool()))) {
            var stream = new LegacyInputFixture.Stream(server, LegacyInputFixture.call("bind", 1), LegacyInputFixture.headers("alice"));
            String id = stream.next().getString("id");
            assertEquals(1, open(telemetry, 1), "counted while it waits");
            assertEquals(202, LegacyInputFixture.post(server, LegacyInputFixture.answer(id, "{\"action\":\"accept\"}"), "alice").statusCode());
            assertTrue(stream.next().containsKey("result"));
            assertEquals(0, open(telemetry, 0));
        }
    }
}
