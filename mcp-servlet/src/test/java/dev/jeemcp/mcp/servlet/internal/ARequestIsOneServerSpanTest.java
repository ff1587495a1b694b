package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jeemcp.mcp.McpErrorCodes;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

/**
 * Every JSON-RPC request the endpoint answers is one SERVER span, named and described as the OpenTelemetry
 * conventions for MCP say: {@code tools/call echo}, with the method, the tool, the request id, the protocol revision
 * and the transport; a JSON-RPC error is the span's {@code error.type} and status, and a tool the server does not have
 * does not name the span (the client would choose span names).
 */
class ARequestIsOneServerSpanTest {

    private static final String VERSION = "2025-11-25";

    private static String attribute(SpanData span, String name) {
        Object value = span.getAttributes().get(AttributeKey.stringKey(name));
        return value == null ? null : value.toString();
    }

    @Test
    void aToolCallIsOneServerSpanNamedAfterTheTool() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null)), Fixtures.settings())) {
            server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":\"q-7\",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\"}}",
                    "MCP-Protocol-Version", VERSION));
            SpanData span = telemetry.awaitSpans(1).get(0);
            assertEquals(1, telemetry.spans.getFinishedSpanItems().size());
            assertEquals("tools/call echo", span.getName());
            assertEquals(SpanKind.SERVER, span.getKind());
            assertEquals("tools/call", attribute(span, "mcp.method.name"));
            assertEquals("echo", attribute(span, "gen_ai.tool.name"));
            assertEquals("execute_tool", attribute(span, "gen_ai.operation.name"));
            assertEquals("q-7", attribute(span, "jsonrpc.request.id"));
            assertEquals(VERSION, attribute(span, "mcp.protocol.version"));
            assertEquals("http", attribute(span, "network.protocol.name"));
            assertEquals("1.1", attribute(span, "network.protocol.version"));
            assertEquals("127.0.0.1", attribute(span, "client.address"));
            assertNull(attribute(span, "error.type"));
            assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
            assertFalse(span.getParentSpanContext().isValid(), "no trace context was sent: a new trace");
        }
    }

    @Test
    void aJsonRpcErrorIsTheSpansErrorAndAnUnknownToolNamesNothing() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null)), Fixtures.settings())) {
            server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"no_such_tool\"}}",
                    "MCP-Protocol-Version", VERSION));
            SpanData span = telemetry.awaitSpans(1).get(0);
            String code = Integer.toString(McpErrorCodes.INVALID_PARAMS);
            assertEquals("tools/call", span.getName());
            assertEquals("3", attribute(span, "jsonrpc.request.id"));
            assertEquals(code, attribute(span, "rpc.response.status_code"));
            assertEquals(code, attribute(span, "error.type"));
            assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
            assertEquals("Unknown tool: no_such_tool", span.getStatus().getDescription());
        }
    }
}
