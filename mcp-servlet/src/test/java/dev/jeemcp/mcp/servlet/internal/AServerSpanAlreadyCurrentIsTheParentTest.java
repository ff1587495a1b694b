package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;

/**
 * Where the server (or the Java agent) instruments HTTP, its span is current when the endpoint runs: the request's
 * span is its child, whatever W3C headers came (the instrumentation read them already). Only a trace context in
 * {@code params._meta}, the client's span of this very request, takes precedence; the HTTP span is then linked.
 */
class AServerSpanAlreadyCurrentIsTheParentTest {

    private static final String META_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String META_SPAN = "00f067aa0ba902b7";
    private static final String HEADER_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String HEADER_SPAN = "b7ad6b7169203331";

    /** Plays the server's HTTP instrumentation: a SERVER span of its own, current around the endpoint. */
    static final class HttpInstrumentation extends HttpFilter {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            Span http = GlobalOpenTelemetry.getTracer("http").spanBuilder("POST /mcp").setSpanKind(SpanKind.SERVER).startSpan();
            try (Scope scope = http.makeCurrent()) {
                chain.doFilter(request, response);
            } finally {
                http.end();
            }
        }
    }

    private static void instrumented(Context context) {
        EmbeddedServer.filterEverything(context, "http-instrumentation", new HttpInstrumentation());
    }

    private static String traceparent(String trace, String span) {
        return "00-" + trace + "-" + span + "-01";
    }

    /** The HTTP span and the request's span, once both ended. */
    private static List<SpanData> call(String meta) throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null)), Fixtures.settings(),
                        AServerSpanAlreadyCurrentIsTheParentTest::instrumented)) {
            server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\"" + meta + "}}",
                    Wire.Header.TRACEPARENT, traceparent(HEADER_TRACE, HEADER_SPAN)));
            List<SpanData> spans = telemetry.awaitSpans(2);
            SpanData http = spans.stream().filter(span -> span.getName().equals("POST /mcp")).findFirst().orElseThrow();
            SpanData mcp = spans.stream().filter(span -> span.getName().equals("tools/call echo")).findFirst().orElseThrow();
            return List.of(http, mcp);
        }
    }

    @Test
    void theCurrentSpanIsTheParentRatherThanTheHeaders() throws Exception {
        List<SpanData> spans = call("");
        SpanData http = spans.get(0);
        SpanData mcp = spans.get(1);
        assertEquals(http.getTraceId(), mcp.getTraceId());
        assertEquals(http.getSpanId(), mcp.getParentSpanId());
        assertEquals(0, mcp.getLinks().size());
    }

    @Test
    void aTraceContextInMetaIsTheParentAndTheCurrentSpanALink() throws Exception {
        String meta = ",\"" + Wire.Meta.KEY + "\":{\"" + Wire.Meta.TRACEPARENT + "\":\"" + traceparent(META_TRACE, META_SPAN) + "\"}";
        List<SpanData> spans = call(meta);
        SpanData http = spans.get(0);
        SpanData mcp = spans.get(1);
        assertEquals(META_TRACE, mcp.getTraceId());
        assertEquals(META_SPAN, mcp.getParentSpanId());
        assertEquals(1, mcp.getLinks().size());
        assertEquals(http.getSpanId(), mcp.getLinks().get(0).getSpanContext().getSpanId());
    }
}
