package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code /mcp-ready} answers a balancer that has no credentials and speaks no MCP, even where the MCP endpoint
 * requires a role and a token: a plain GET, 200 when ready.
 */
class ReadinessAnswersAnyoneTest {

    @Test
    void readinessNeedsNoCredentialsWhereTheEndpointDoes() throws Exception {
        McpSettings settings = Fixtures.settings(
                "mcp.auth.rolesAllowed", "quoter",
                "mcp.oauth.authorizationServers", "https://login.example.com/realms/insure",
                "mcp.oauth.resource", "https://api.example.com/mcp");
        try (EmbeddedServer server = new EmbeddedServer(Fixtures.echoTools(1), settings)) {
            assertEquals(401, server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")).statusCode(),
                    "the endpoint itself is guarded");

            HttpResponse<String> ready = server.readiness();

            assertEquals(200, ready.statusCode());
            assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"mcp-catalog\",\"status\":\"UP\"}]}", ready.body());
            assertEquals("no-store", ready.headers().firstValue("Cache-Control").orElse(""));
        }
    }
}
