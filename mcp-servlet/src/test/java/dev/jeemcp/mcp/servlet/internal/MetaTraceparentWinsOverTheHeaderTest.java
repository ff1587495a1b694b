package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

/**
 * The request's span continues the client's trace: the context in {@code params._meta} first (the MCP conventions:
 * it is the client's span of this very request), the W3C headers when {@code _meta} has none; the headers' context
 * that lost is linked.
 */
class MetaTraceparentWinsOverTheHeaderTest {

    private static final String META_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String META_SPAN = "00f067aa0ba902b7";
    private static final String HEADER_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String HEADER_SPAN = "b7ad6b7169203331";

    private static String traceparent(String trace, String span) {
        return "00-" + trace + "-" + span + "-01";
    }

    private static String call(String meta) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\"" + meta + "}}";
    }

    @Test
    void metaIsTheParentAndTheHeaderALink() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null)), Fixtures.settings())) {
            String meta = ",\"" + Wire.Meta.KEY + "\":{\"" + Wire.Meta.TRACEPARENT + "\":\"" + traceparent(META_TRACE, META_SPAN) + "\"}";
            server.send(server.post(call(meta), Wire.Header.TRACEPARENT, traceparent(HEADER_TRACE, HEADER_SPAN)));
            SpanData span = telemetry.awaitSpans(1).get(0);
            assertEquals(META_TRACE, span.getTraceId());
            assertEquals(META_SPAN, span.getParentSpanId());
            assertEquals(1, span.getLinks().size());
            assertEquals(HEADER_SPAN, span.getLinks().get(0).getSpanContext().getSpanId());
        }
    }

    @Test
    void withoutMetaTheHeaderIsTheParent() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null)), Fixtures.settings())) {
            server.send(server.post(call(""), Wire.Header.TRACEPARENT, traceparent(HEADER_TRACE, HEADER_SPAN)));
            SpanData span = telemetry.awaitSpans(1).get(0);
            assertEquals(HEADER_TRACE, span.getTraceId());
            assertEquals(HEADER_SPAN, span.getParentSpanId());
            assertEquals(0, span.getLinks().size());
        }
    }
}
