package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.McpErrorCodes;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every answer that is a JSON-RPC error counts once in {@code jeemcp.protocol.errors}, by its code and its HTTP
 * status: errors of a request the server dispatched carry its method ({@code _OTHER} for one it does not know), and
 * messages refused before they were a request (an unparseable body, a wrong content type) are counted without one.
 */
class ProtocolErrorsAreCountedByCodeTest {

    private static final AttributeKey<String> CODE = AttributeKey.stringKey("rpc.response.status_code");
    private static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("mcp.method.name");

    /** code, HTTP status and method (or "-") of each series, and its count. */
    private static Map<String, Long> counted(RecordedTelemetry telemetry, Map<String, Long> expected) {
        return telemetry.settled(() -> telemetry.longPoints("jeemcp.protocol.errors", ProtocolErrorsAreCountedByCodeTest::key),
                expected);
    }

    private static String key(Attributes attributes) {
        String method = attributes.get(METHOD);
        return attributes.get(CODE) + " " + attributes.get(HTTP_STATUS) + " " + (method == null ? "-" : method);
    }

    @Test
    void jsonRpcErrorsAreCountedByCodeStatusAndMethod() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null)), Fixtures.settings())) {
            HttpResponse<String> unknownMethod = server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"no/such\"}"));
            HttpResponse<String> unknownTool = server.send(server.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}"));
            server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}"));
            server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\"}}"));
            telemetry.awaitSpans(4);

            Map<String, Long> expected = Map.of(
                    McpErrorCodes.METHOD_NOT_FOUND + " " + unknownMethod.statusCode() + " _OTHER", 1L,
                    McpErrorCodes.INVALID_PARAMS + " " + unknownTool.statusCode() + " tools/call", 2L);
            assertEquals(expected, counted(telemetry, expected), "the successful call counts nothing");
        }
    }

    @Test
    void messagesRefusedBeforeTheyWereRequestsAreCountedWithoutAMethod() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null)), Fixtures.settings())) {
            HttpResponse<String> unparseable = server.send(server.post("{\"jsonrpc\":"));
            HttpResponse<String> wrongType = server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
                    "Content-Type", "text/plain"));
            assertEquals(400, unparseable.statusCode());
            assertEquals(415, wrongType.statusCode());
            String transportCode = Fixtures.json(wrongType.body()).getJsonObject("error").get("code").toString();

            Map<String, Long> expected = Map.of(McpErrorCodes.PARSE_ERROR + " 400 -", 1L, transportCode + " 415 -", 1L);
            assertEquals(expected, counted(telemetry, expected));
            assertEquals(0, telemetry.spans.getFinishedSpanItems().size(), "refused before they were requests: no span");
        }
    }
}
