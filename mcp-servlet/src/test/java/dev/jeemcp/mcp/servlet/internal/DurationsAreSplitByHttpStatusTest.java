package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code -32603} is the code of a bug (HTTP 500), and also of a server too busy (429) or unavailable (503): the
 * duration histogram carries {@code http.response.status_code} (a small set the server chooses, never the client), so
 * an operator can alert on bugs alone.
 */
class DurationsAreSplitByHttpStatusTest {

    private static final AttributeKey<String> CODE = AttributeKey.stringKey("rpc.response.status_code");
    private static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");

    @Test
    void aBugAndAnUnavailableAnswerAreDifferentSeries() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.downBugAndEcho(), Fixtures.settings())) {
            assertEquals(503, server.send(server.post(Fixtures.toolsCall("downstream_down"))).statusCode());
            assertEquals(500, server.send(server.post(Fixtures.toolsCall("bug"))).statusCode());
            assertEquals(200, server.send(server.post(Fixtures.toolsCall("echo"))).statusCode());
            telemetry.awaitSpans(3);

            Set<String> series = telemetry.metric("mcp.server.operation.duration").orElseThrow().getHistogramData().getPoints()
                    .stream().map(HistogramPointData::getAttributes).map(DurationsAreSplitByHttpStatusTest::key)
                    .collect(Collectors.toSet());
            assertEquals(Set.of("-32603 503", "-32603 500", "null 200"), series);
        }
    }

    private static String key(Attributes attributes) {
        return attributes.get(CODE) + " " + attributes.get(HTTP_STATUS);
    }
}
