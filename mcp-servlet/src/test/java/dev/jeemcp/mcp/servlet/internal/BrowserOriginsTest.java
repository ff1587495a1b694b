package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.servlet.internal.http.OriginPolicy;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Browser pages: a listed origin passes its CORS preflight and can read the answers; loopback origins are trusted
 * only as {@code mcp.allowLoopbackOrigins} says (by default: on a request that arrived on loopback).
 */
class BrowserOriginsTest {

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    private static final String APP = "https://app.example.com";

    @Test
    void loopbackOriginsFollowTheSettingAndTheAddressTheRequestArrivedOn() {
        List<String> none = List.of();
        assertTrue(new OriginPolicy(none, McpSettings.LoopbackOrigins.AUTO).allows("http://localhost:6274", true));
        assertFalse(new OriginPolicy(none, McpSettings.LoopbackOrigins.AUTO).allows("http://localhost:6274", false),
                "a public interface does not trust pages served by local programs");
        assertTrue(new OriginPolicy(none, McpSettings.LoopbackOrigins.ALWAYS).allows("http://127.0.0.1:3000", false));
        assertFalse(new OriginPolicy(none, McpSettings.LoopbackOrigins.NEVER).allows("http://127.0.0.1:3000", true));
        assertTrue(new OriginPolicy(List.of(APP), McpSettings.LoopbackOrigins.NEVER).allows(APP, false));
        assertEquals(McpSettings.LoopbackOrigins.AUTO, McpSettings.defaults().allowLoopbackOrigins());
    }

    @Test
    void loopbackOriginsCanBeRefusedEvenOnLoopback() throws Exception {
        try (var server = new EmbeddedServer(Fixtures.echoTools(1), Fixtures.settings("mcp.allowLoopbackOrigins", "false"))) {
            assertEquals(403, server.send(server.post(PING, "Origin", "http://localhost:6274")).statusCode());
        }
        try (var server = new EmbeddedServer(Fixtures.echoTools(1), Fixtures.settings())) {
            assertEquals(200, server.send(server.post(PING, "Origin", "http://localhost:6274")).statusCode(), "auto, on loopback");
        }
    }

    @Test
    void aListedOriginPassesThePreflightAndReadsTheAnswer() throws Exception {
        try (var server = new EmbeddedServer(Fixtures.echoTools(1), Fixtures.settings("mcp.allowedOrigins", APP))) {
            HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(server.endpoint)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", APP)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type, mcp-protocol-version, mcp-method, mcp-name, authorization, mcp-param-region"));
            assertEquals(204, preflight.statusCode(), preflight.body());
            assertEquals(APP, preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
            assertEquals("POST", preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow());
            String allowed = preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow();
            for (String header : List.of("Content-Type", "Authorization", "MCP-Protocol-Version", "Mcp-Method", "Mcp-Name", "mcp-param-region")) {
                assertTrue(allowed.contains(header), allowed);
            }
            assertFalse(preflight.headers().firstValue("Access-Control-Allow-Credentials").isPresent());

            HttpResponse<String> answer = server.send(server.post(PING, "Origin", APP));
            assertEquals(200, answer.statusCode());
            assertEquals(APP, answer.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
            assertTrue(answer.headers().firstValue("Access-Control-Expose-Headers").orElseThrow().contains("WWW-Authenticate"));
        }
    }

    @Test
    void anUnlistedOriginFailsThePreflightAndOptionsWithoutOriginIsStill405() throws Exception {
        try (var server = new EmbeddedServer(Fixtures.echoTools(1), Fixtures.settings("mcp.allowedOrigins", APP))) {
            HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(server.endpoint)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://evil.example.com")
                    .header("Access-Control-Request-Method", "POST"));
            assertEquals(403, preflight.statusCode());
            assertFalse(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
            HttpResponse<String> options = server.send(HttpRequest.newBuilder(server.endpoint)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertEquals(405, options.statusCode());
        }
    }
}
