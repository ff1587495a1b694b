package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;

/**
 * Who called is personal data: the principal goes on the request's span only when the application sets
 * {@code mcp.telemetry.callerAttributes} to {@code true}.
 */
class CallerAttributesOnlyWhenConfiguredTest {

    private static SpanData callAsAlice(boolean callerAttributes) throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null)), Fixtures.settings(),
                        context -> withIdentity(context, callerAttributes))) {
            server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\"}}",
                    "X-Test-Caller", "alice"));
            return telemetry.awaitSpans(1).get(0);
        }
    }

    private static void withIdentity(Context context, boolean callerAttributes) {
        TestIdentityFilter.install(context);
        if (callerAttributes) {
            context.addParameter("mcp.telemetry.callerAttributes", "true");
        }
    }

    @Test
    void byDefaultTheCallerIsNotOnTheSpan() throws Exception {
        assertNull(callAsAlice(false).getAttributes().get(AttributeKey.stringKey("user.id")));
    }

    @Test
    void whenConfiguredTheCallerIsOnTheSpan() throws Exception {
        assertEquals("alice", callAsAlice(true).getAttributes().get(AttributeKey.stringKey("user.id")));
    }
}
