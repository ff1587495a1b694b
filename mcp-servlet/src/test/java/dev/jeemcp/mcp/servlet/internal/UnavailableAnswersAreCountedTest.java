package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.common.AttributeKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A 503 answer (a database unreachable, a downstream the application declares unavailable, a saturated server) counts
 * in {@code jeemcp.unavailable_answers} by method: any sustained rate of them is an alert. Other answers count nothing
 * there.
 */
class UnavailableAnswersAreCountedTest {

    @Test
    void aServiceUnavailableAnswerIsCountedByMethod() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.downBugAndEcho(), Fixtures.settings())) {
            assertEquals(503, server.send(server.post(Fixtures.toolsCall("downstream_down"))).statusCode());
            assertEquals(503, server.send(server.post(Fixtures.toolsCall("downstream_down"))).statusCode());
            assertEquals(500, server.send(server.post(Fixtures.toolsCall("bug"))).statusCode());
            assertEquals(200, server.send(server.post(Fixtures.toolsCall("echo"))).statusCode());
            telemetry.awaitSpans(4);

            Map<String, Long> expected = Map.of("tools/call", 2L);
            assertEquals(expected, telemetry.settled(() -> telemetry.longPoints("jeemcp.unavailable_answers",
                    attributes -> attributes.get(AttributeKey.stringKey("mcp.method.name"))), expected));
        }
    }
}
