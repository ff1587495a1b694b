package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.metrics.data.MetricData;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A client must not be able to create metric series: names of tools and prompts the server does not have, and
 * resource URIs, are never metric attribute values, and neither are methods it does not know ({@code _OTHER}). Only
 * a tool that answered adds its series.
 */
class UnknownToolsMakeNoMetricSeriesTest {

    private static final AttributeKey<String> TOOL = AttributeKey.stringKey("gen_ai.tool.name");
    private static final AttributeKey<String> PROMPT = AttributeKey.stringKey("gen_ai.prompt.name");
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("mcp.method.name");

    @Test
    void onlyFeaturesThatExistAndKnownMethodsAreAttributeValues() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null)), Fixtures.settings())) {
            for (int i = 0; i < 5; i++) {
                server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"tools/call\",\"params\":{\"name\":\"probe_" + i + "\"}}"));
                server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"prompts/get\",\"params\":{\"name\":\"probe_" + i + "\"}}"));
                server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"resources/read\",\"params\":{\"uri\":\"x://probe_" + i + "\"}}"));
                server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"probe/" + i + "\"}"));
            }
            server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\"}}"));
            telemetry.awaitSpans(21);

            Set<String> values = telemetry.metrics.collectAllMetrics().stream().flatMap(UnknownToolsMakeNoMetricSeriesTest::attributeValues)
                    .collect(Collectors.toSet());
            assertTrue(values.stream().noneMatch(value -> value.contains("probe")), values.toString());
            assertTrue(values.contains("echo"), values.toString());
            assertEquals(Set.of("tools/call", "prompts/get", "resources/read", "_OTHER"),
                    values.stream().filter(value -> value.contains("/") || value.equals("_OTHER")).collect(Collectors.toSet()));
        }
    }

    private static java.util.stream.Stream<String> attributeValues(MetricData metric) {
        return metric.getData().getPoints().stream().flatMap(point -> point.getAttributes().asMap().values().stream())
                .map(Object::toString);
    }
}
