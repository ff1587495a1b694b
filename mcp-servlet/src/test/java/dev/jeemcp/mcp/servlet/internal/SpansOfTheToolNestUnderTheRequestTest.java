package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.spi.Tool;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * The request's SERVER span is current while the tool runs, so that the spans the tool starts (its own, or those of
 * the server's JDBC instrumentation, from the same OpenTelemetry) are its children: for a tool answering at once,
 * one answering later with a stage, and one answering on an event stream from the executor's thread.
 */
class SpansOfTheToolNestUnderTheRequestTest {

    /** Starts and ends a span of its own, as a JDBC driver's instrumentation would for a query. */
    private static void query() {
        GlobalOpenTelemetry.getTracer("jdbc").spanBuilder("SELECT quotes").setSpanKind(SpanKind.CLIENT).startSpan().end();
    }

    record QueryingTool(String name, boolean later) implements Tool {
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"" + name + "\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public boolean answersLater() {
            return later;
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            query();
            return Fixtures.json("{\"content\":[]}");
        }

        public CompletionStage<JsonObject> callLater(JsonObject arguments, McpRequest request) {
            query();
            return CompletableFuture.supplyAsync(() -> Fixtures.json("{\"content\":[]}"));
        }
    }

    private static void assertNested(String tool, String meta) throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new QueryingTool("now", false),
                        new QueryingTool("later", true)), Fixtures.settings())) {
            server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                    + "\"" + meta + "}}"));
            List<SpanData> spans = telemetry.awaitSpans(2);
            SpanData request = spans.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
            SpanData query = spans.stream().filter(span -> span.getName().equals("SELECT quotes")).findFirst().orElseThrow();
            assertEquals("tools/call " + tool, request.getName());
            assertEquals(request.getTraceId(), query.getTraceId());
            assertEquals(request.getSpanId(), query.getParentSpanId());
        }
    }

    @Test
    void aToolAnsweringAtOnce() throws Exception {
        assertNested("now", "");
    }

    @Test
    void aToolAnsweringLaterWithAStage() throws Exception {
        assertNested("later", "");
    }

    @Test
    void aToolAnsweringOnAnEventStream() throws Exception {
        assertNested("now", ",\"_meta\":{\"progressToken\":\"p1\"}");
    }

    @Test
    void aToolAnsweringLaterOnAnEventStream() throws Exception {
        assertNested("later", ",\"_meta\":{\"progressToken\":\"p1\"}");
    }
}
