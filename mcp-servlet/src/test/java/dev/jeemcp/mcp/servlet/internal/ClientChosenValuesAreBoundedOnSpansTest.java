package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

/**
 * What the client chose goes on the request's span cut to a bound: a tool name, a request id and a resource URI of
 * any length (up to the body's limit, a megabyte by default) cannot become one attribute of that size, nor can the
 * error message that quotes them.
 */
class ClientChosenValuesAreBoundedOnSpansTest {

    private static final String HUGE = "x".repeat(100_000);

    @Test
    void namesIdsUrisAndMessagesAreCut() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null)), Fixtures.settings())) {
            server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":\"" + HUGE + "\",\"method\":\"tools/call\",\"params\":{\"name\":\""
                    + HUGE + "\"}}"));
            SpanData call = telemetry.awaitSpans(1).get(0);
            assertEquals("x".repeat(128), call.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.name")));
            assertEquals("x".repeat(128), call.getAttributes().get(AttributeKey.stringKey("jsonrpc.request.id")));
            assertTrue(call.getStatus().getDescription().length() <= 512, "the status quotes the name: cut too");

            server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"resources/read\",\"params\":{\"uri\":\"file:///"
                    + HUGE + "\"}}"));
            SpanData read = telemetry.awaitSpans(2).get(1);
            assertEquals(4096, read.getAttributes().get(AttributeKey.stringKey("mcp.resource.uri")).length());
        }
    }
}
