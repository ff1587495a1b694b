package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.establish;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.headers;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modern;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modernHeaders;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A 2026-07-28 request carries its version and capabilities in _meta, mirrored in headers that must agree. */
class ModernEnvelopeRulesTest {

    @Test
    void aCompleteRequestEstablishesTheModernEra() {
        CallContext context = establish(modern("tools/list", ""), modernHeaders("tools/list"));
        assertTrue(context.modern());
        assertEquals("2026-07-28", context.protocolVersion());
        assertTrue(context.clientCapabilities().isEmpty());
    }

    @Test
    void aModernHeaderWithoutMetaIsInvalidParams() {
        var noMeta = request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        Fault error = assertThrows(Fault.class, () -> establish(noMeta, modernHeaders("tools/list")));
        assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
        assertEquals(400, error.status());
    }

    @Test
    void metaWithoutCapabilitiesIsInvalidParams() {
        var partial = request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"_meta\":"
                + "{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}}");
        assertEquals(McpErrorCodes.INVALID_PARAMS, assertThrows(Fault.class, () -> establish(partial, modernHeaders("tools/list"))).code());
    }

    @Test
    void anUnknownVersionNamesTheSupportedOnes() {
        var future = request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"_meta\":"
                + "{\"io.modelcontextprotocol/protocolVersion\":\"1900-01-01\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}");
        Fault error = assertThrows(Fault.class,
                () -> establish(future, headers("MCP-Protocol-Version", "1900-01-01", "Mcp-Method", "tools/list")));
        assertEquals(McpErrorCodes.UNSUPPORTED_PROTOCOL_VERSION, error.code());
        assertEquals(400, error.status());
        assertEquals("1900-01-01", error.data().asJsonObject().getString("requested"));
        assertTrue(error.data().asJsonObject().getJsonArray("supported").toString().contains("2026-07-28"));
    }

    @Test
    void aVersionHeaderThatDiffersFromMetaIsAHeaderMismatch() {
        var error = assertThrows(Fault.class, () -> establish(modern("tools/list", ""),
                headers("MCP-Protocol-Version", "2025-11-25", "Mcp-Method", "tools/list")));
        assertEquals(McpErrorCodes.HEADER_MISMATCH, error.code());
        assertEquals(400, error.status());
    }

    @Test
    void aMissingVersionHeaderIsAHeaderMismatch() {
        var error = assertThrows(Fault.class, () -> establish(modern("tools/list", ""), headers("Mcp-Method", "tools/list")));
        assertEquals(McpErrorCodes.HEADER_MISMATCH, error.code());
    }

    @Test
    void aMissingOrDifferentMethodHeaderIsAHeaderMismatch() {
        assertEquals(McpErrorCodes.HEADER_MISMATCH, assertThrows(Fault.class,
                () -> establish(modern("tools/list", ""), headers("MCP-Protocol-Version", "2026-07-28"))).code());
        assertEquals(McpErrorCodes.HEADER_MISMATCH, assertThrows(Fault.class,
                () -> establish(modern("tools/list", ""), modernHeaders("tools/call"))).code());
    }

    @Test
    void toolsCallNeedsAnMcpNameHeaderEqualToTheToolName() {
        var call = modern("tools/call", "\"name\":\"quote\"");
        assertEquals(McpErrorCodes.HEADER_MISMATCH, assertThrows(Fault.class, () -> establish(call, modernHeaders("tools/call"))).code());
        assertEquals(McpErrorCodes.HEADER_MISMATCH, assertThrows(Fault.class, () -> establish(call,
                headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "other"))).code());
        assertTrue(establish(call, headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "quote")).modern());
    }

    @Test
    void headerValuesMayBeBase64EncodedAndArePaddedWithWhitespace() {
        var call = modern("tools/call", "\"name\":\"prix_\u00e9t\u00e9\"");
        String encoded = "=?base64?" + Base64.getEncoder().encodeToString("prix_\u00e9t\u00e9".getBytes(StandardCharsets.UTF_8)) + "?=";
        assertTrue(establish(call, headers("MCP-Protocol-Version", " 2026-07-28 ", "Mcp-Method", "tools/call", "Mcp-Name", encoded)).modern());
    }

    @Test
    void aCorruptEncodedHeaderIsAHeaderMismatch() {
        var call = modern("tools/call", "\"name\":\"x\"");
        assertEquals(McpErrorCodes.HEADER_MISMATCH, assertThrows(Fault.class, () -> establish(call,
                headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "=?base64?***?="))).code());
    }

    @Test
    void theMethodHeaderAloneSelectsTheModernRules() {
        var bare = request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        assertEquals(McpErrorCodes.INVALID_PARAMS, assertThrows(Fault.class, () -> establish(bare, headers("Mcp-Method", "tools/list"))).code());
    }
}
