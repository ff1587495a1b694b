package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The console's page calls the endpoint from the endpoint's own origin: that origin passes for a caller with the
 * console's role (even where loopback origins are refused), and for nobody else; a foreign origin never does. With
 * {@code mcp.console.origin} set, that origin is the console's own and the request's scheme, host and port are not.
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

    @Test
    void aConfiguredOriginIsTheOnlyOwnOne() throws Exception {
        try (var server = new EmbeddedServer(Fixtures.echoTools(1), Fixtures.settings("mcp.allowLoopbackOrigins", "false",
                "mcp.console.enabled", "true", "mcp.console.role", "operator", "mcp.console.origin", "https://app.example.com"),
                TestIdentityFilter::install)) {
            URI endpoint = server.endpoint;
            String requested = endpoint.getScheme() + "://" + endpoint.getHost() + ":" + endpoint.getPort();
            assertEquals(200, server.send(server.post(PING, "Origin", "https://app.example.com",
                    "X-Test-Caller", "olga roles=operator")).statusCode());
            assertEquals(403, server.send(server.post(PING, "Origin", requested, "X-Test-Caller", "olga roles=operator")).statusCode(),
                    "the request's own scheme, host and port no longer count");
            assertEquals(403, server.send(server.post(PING, "Origin", "http://app.example.com",
                    "X-Test-Caller", "olga roles=operator")).statusCode(), "another scheme is another origin");
            assertEquals(403, server.send(server.post(PING, "Origin", "https://app.example.com",
                    "X-Test-Caller", "alice roles=quoter")).statusCode());
        }
    }

    @Test
    void aConfiguredOriginMustBeAnOrigin() {
        for (String wrong : new String[] {"app.example.com", "https://app.example.com/mcp", "ftp://app.example.com",
            "https://user@app.example.com", "https://app.example.com?x"}) {
            assertThrows(IllegalArgumentException.class, () -> Fixtures.settings("mcp.console.enabled", "true",
                    "mcp.console.role", "operator", "mcp.console.origin", wrong), wrong);
        }
        assertEquals("https://app.example.com:8443", Fixtures.settings("mcp.console.enabled", "true",
                "mcp.console.role", "operator", "mcp.console.origin", "https://app.example.com:8443").console().origin());
    }
}
