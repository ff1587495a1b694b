package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The console's page calls the endpoint from the endpoint's own origin: that origin passes for a caller with the
 * console's role (even where loopback origins are refused), and for nobody else; a foreign origin never does.
 */
class ConsolePageCallsFromItsOwnOriginTest {

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

    @Test
    void theOwnOriginPassesOnlyWithTheConsoleRole() throws Exception {
        try (var server = new EmbeddedServer(Fixtures.echoTools(1), Fixtures.settings("mcp.allowLoopbackOrigins", "false",
                "mcp.console.enabled", "true", "mcp.console.role", "operator"), context -> {
                    TestIdentityFilter.install(context);
                })) {
            URI endpoint = server.endpoint;
            String own = endpoint.getScheme() + "://" + endpoint.getHost() + ":" + endpoint.getPort();
            assertEquals(200, server.send(server.post(PING, "Origin", own, "X-Test-Caller", "olga roles=operator")).statusCode());
            assertEquals(403, server.send(server.post(PING, "Origin", own, "X-Test-Caller", "alice roles=quoter")).statusCode());
            assertEquals(403, server.send(server.post(PING, "Origin", own)).statusCode());
            assertEquals(403, server.send(server.post(PING, "Origin", "http://evil.example.com",
                    "X-Test-Caller", "olga roles=operator")).statusCode());
            assertEquals(403, server.send(server.post(PING, "Origin", "http://127.0.0.1:1",
                    "X-Test-Caller", "olga roles=operator")).statusCode(), "another port is another origin");
        }
    }

    @Test
    void withoutTheConsoleTheOwnOriginIsJustAnotherOrigin() throws Exception {
        try (var server = new EmbeddedServer(Fixtures.echoTools(1), Fixtures.settings("mcp.allowLoopbackOrigins", "false"))) {
            URI endpoint = server.endpoint;
            assertEquals(403, server.send(server.post(PING, "Origin",
                    endpoint.getScheme() + "://" + endpoint.getHost() + ":" + endpoint.getPort())).statusCode());
        }
    }
}
