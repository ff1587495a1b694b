package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.spi.Tool;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@code mcp.telemetry.clientContext}: by default ({@code parent}) the caller's trace context is the request span's
 * parent, as the MCP conventions say, so the caller's sampled flag decides sampling. With {@code link} (a public
 * endpoint whose callers are not trusted) every request starts a trace of its own, the server's sampler decides,
 * and the caller's context is only a link: a caller can neither force sampling nor attach to another's trace.
 */
class ClientContextIsTheParentOrOnlyALinkTest {

    private static final String CLIENT_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CLIENT_SPAN = "00f067aa0ba902b7";
    private static final String SAMPLED = "00-" + CLIENT_TRACE + "-" + CLIENT_SPAN + "-01";

    /** A tool that notes the span current while it runs: decided before the answer, so nothing is waited for. */
    record SpanSeen(AtomicReference<SpanContext> seen) implements Tool {
        @Override
        public String name() {
            return "seen";
        }

        @Override
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"seen\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            seen.set(Span.current().getSpanContext());
            return JsonIo.object().add("content", JsonIo.array()).build();
        }
    }

    private static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"seen\",\""
            + Wire.Meta.KEY + "\":{\"" + Wire.Meta.TRACEPARENT + "\":\"" + SAMPLED + "\"}}}";

    /** The span the tool ran in, with a server that never samples a trace it starts itself. */
    private static SpanContext seenWithoutSampling(String clientContext) throws Exception {
        AtomicReference<SpanContext> seen = new AtomicReference<>();
        try (RecordedTelemetry telemetry = new RecordedTelemetry(Sampler.parentBased(Sampler.alwaysOff()));
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new SpanSeen(seen)), Fixtures.settings(),
                        context -> {
                            if (clientContext != null) {
                                context.addParameter("mcp.telemetry.clientContext", clientContext);
                            }
                        })) {
            assertEquals(200, server.send(server.post(CALL)).statusCode());
            return seen.get();
        }
    }

    @Test
    void byDefaultTheClientsContextIsTheParentAndItsSampledFlagCounts() throws Exception {
        SpanContext span = seenWithoutSampling(null);
        assertEquals(CLIENT_TRACE, span.getTraceId());
        assertTrue(span.isSampled(), "the caller's sampled flag decided");
    }

    @Test
    void asParentTheClientsContextIsTheParent() throws Exception {
        assertEquals(CLIENT_TRACE, seenWithoutSampling("parent").getTraceId());
    }

    @Test
    void asLinkTheCallerCannotForceSamplingNorJoinItsTrace() throws Exception {
        SpanContext span = seenWithoutSampling("link");
        assertNotEquals(CLIENT_TRACE, span.getTraceId());
        assertFalse(span.isSampled(), "the server's sampler decided");
    }

    @Test
    void asLinkTheClientsContextIsALinkOfANewTrace() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new SpanSeen(new AtomicReference<>())), Fixtures.settings(),
                        context -> context.addParameter("mcp.telemetry.clientContext", "link"))) {
            server.send(server.post(CALL));
            SpanData span = telemetry.awaitSpans(1).get(0);
            assertNotEquals(CLIENT_TRACE, span.getTraceId());
            assertFalse(span.getParentSpanContext().isValid(), "a root span");
            assertEquals(1, span.getLinks().size());
            assertEquals(CLIENT_TRACE, span.getLinks().get(0).getSpanContext().getTraceId());
            assertEquals(CLIENT_SPAN, span.getLinks().get(0).getSpanContext().getSpanId());
        }
    }
}
