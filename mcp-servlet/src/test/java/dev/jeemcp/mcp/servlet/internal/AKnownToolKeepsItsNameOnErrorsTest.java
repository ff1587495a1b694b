package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpUnavailableException;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tool the deployment has names the request's span and its duration series even when it answers with a JSON-RPC
 * error (a 503 from a downstream it declares unavailable, a 500 from a bug): the tools failing are the ones an
 * operator most needs to see by name. The name is checked against the deployment's tools, never taken on trust, so
 * unknown names still make no series ({@link UnknownToolsMakeNoMetricSeriesTest}).
 */
class AKnownToolKeepsItsNameOnErrorsTest {

    private static final AttributeKey<String> TOOL = AttributeKey.stringKey("gen_ai.tool.name");

    @Test
    void anUnavailableToolNamesItsSpanAndItsDurationSeries() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(
                        new UnavailableIsRetryableTest.FailingTool("downstream_down", McpUnavailableException::new)),
                        Fixtures.settings())) {
            assertEquals(503, server.send(server.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"downstream_down\"}}")).statusCode());
            SpanData span = telemetry.awaitSpans(1).get(0);
            assertEquals("tools/call downstream_down", span.getName());

            List<Attributes> series = telemetry.metric("mcp.server.operation.duration").orElseThrow().getHistogramData()
                    .getPoints().stream().map(HistogramPointData::getAttributes).toList();
            assertEquals(1, series.size(), series.toString());
            assertEquals("downstream_down", series.get(0).get(TOOL));
            assertTrue(series.get(0).get(AttributeKey.stringKey("error.type")) != null, series.toString());
        }
    }
}
