package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.spi.Tool;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A tool that answers {@code isError: true} failed in the model's eyes though the request succeeded: it counts in
 * {@code jeemcp.tool.error_results} by tool, and its span and duration carry {@code error.type=tool_error}, as the
 * MCP conventions say. A successful call counts nothing there.
 */
class IsErrorResultsAreCountedTest {

    record RefusingTool(String name) implements Tool {
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"" + name + "\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            return JsonIo.object().add("content", JsonIo.array()).add("isError", true).build();
        }
    }

    private static String call(String tool) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\"}}";
    }

    @Test
    void anIsErrorResultIsCountedByToolAndIsTheSpansErrorType() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new RefusingTool("refuse"), new Fixtures.EchoTool("echo", null)),
                        Fixtures.settings())) {
            server.send(server.post(call("refuse")));
            server.send(server.post(call("echo")));
            java.util.List<SpanData> spans = telemetry.awaitSpans(2);
            SpanData refused = spans.stream().filter(span -> span.getName().equals("tools/call refuse")).findFirst().orElseThrow();
            assertEquals("tool_error", refused.getAttributes().get(AttributeKey.stringKey("error.type")));

            // Metrics are recorded just after the answer is written (and the span ended): wait for them to settle.
            assertEquals(java.util.Map.of("refuse", 1L), telemetry.settled(() -> telemetry.longPoints("jeemcp.tool.error_results",
                    attributes -> attributes.get(AttributeKey.stringKey("gen_ai.tool.name"))), java.util.Map.of("refuse", 1L)));
            telemetry.settled(() -> telemetry.metric("mcp.server.operation.duration").map(metric -> metric.getHistogramData().getPoints()
                    .stream().mapToLong(HistogramPointData::getCount).sum()).orElse(0L), 2L);

            var durations = telemetry.metric("mcp.server.operation.duration").orElseThrow().getHistogramData().getPoints();
            HistogramPointData failed = durations.stream()
                    .filter(point -> "refuse".equals(point.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.name"))))
                    .findFirst().orElseThrow();
            assertEquals("tool_error", failed.getAttributes().get(AttributeKey.stringKey("error.type")));
            assertEquals(1, failed.getCount());
            assertEquals(2, durations.size(), "one series per tool and outcome");
        }
    }
}
