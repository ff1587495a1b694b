package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.servlet.internal.http.AccessGate;
import dev.jeemcp.mcp.servlet.internal.http.ProtectedResourceMetadataServlet;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * As an OAuth resource server the endpoint challenges anonymous callers with a pointer to its metadata (401),
 * refuses callers without the required role or scope (403 insufficient_scope), and publishes RFC 9728 metadata.
 */
class ResourceServerTest {

    private static final String RESOURCE = "https://mcp.example.com/app/mcp";
    private static EmbeddedServer server;
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

    @BeforeAll
    static void start() {
        McpSettings settings = Fixtures.settings(
                "mcp.auth.rolesAllowed", "quoter",
                "mcp.oauth.authorizationServers", "https://login.example.com/realms/insure",
                "mcp.oauth.scopesSupported", "mcp:tools mcp:resources",
                "mcp.oauth.requiredScopes", "mcp:tools",
                "mcp.oauth.resource", RESOURCE);
        server = new EmbeddedServer(Fixtures.echoTools(1), settings, context -> {
            TestIdentityFilter.install(context);
            AccessGate gate = new AccessGate(settings.auth(), settings.path());
            org.apache.catalina.startup.Tomcat.addServlet(context, "metadata", new ProtectedResourceMetadataServlet(settings.auth(), gate));
            context.addServletMappingDecoded(AccessGate.WELL_KNOWN, "metadata");
            context.addServletMappingDecoded(AccessGate.WELL_KNOWN + "/*", "metadata");
        });
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private String metadataUrl() {
        return server.endpoint.toString().replace("/mcp", AccessGate.WELL_KNOWN);
    }

    @Test
    void anAnonymousCallerIsChallengedWithTheMetadataUrl() {
        HttpResponse<String> response = server.send(server.post(PING));
        assertEquals(401, response.statusCode());
        assertEquals("Bearer scope=\"mcp:tools\", resource_metadata=\"https://mcp.example.com/app" + AccessGate.WELL_KNOWN + "\"",
                response.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    @Test
    void aCallerWithoutTheScopeGetsInsufficientScope() {
        HttpResponse<String> response = server.send(server.post(PING, "X-Test-Caller", "alice roles=quoter scope=mcp:resources"));
        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow()
                .startsWith("Bearer error=\"insufficient_scope\", scope=\"mcp:tools\", resource_metadata="));
    }

    @Test
    void aCallerWithoutTheRoleIsForbidden() {
        assertEquals(403, server.send(server.post(PING, "X-Test-Caller", "mallory roles=guest scope=mcp:tools")).statusCode());
    }

    @Test
    void aCallerWithRoleAndScopeIsServed() {
        HttpResponse<String> response = server.send(server.post(PING, "X-Test-Caller", "alice roles=quoter scope=mcp:tools,mcp:resources"));
        assertEquals(200, response.statusCode());
    }

    @Test
    void theMetadataNamesResourceServersAndScopes() {
        for (String url : new String[] {metadataUrl(), metadataUrl() + "/mcp"}) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(url)).GET());
            assertEquals(200, response.statusCode());
            assertEquals("public, max-age=3600", response.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals("{\"resource\":\"" + RESOURCE + "\",\"authorization_servers\":[\"https://login.example.com/realms/insure\"],"
                    + "\"bearer_methods_supported\":[\"header\"],\"scopes_supported\":[\"mcp:tools\",\"mcp:resources\"]}", response.body());
        }
    }

    @Test
    void withoutTheCanonicalResourceTheDeploymentFails() {
        for (String resource : new String[] {null, "", "/app/mcp", "https://mcp.example.com/app/mcp#x", "ftp://mcp.example.com/mcp"}) {
            IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> Fixtures.settings("mcp.oauth.authorizationServers", "https://login.example.com", "mcp.oauth.resource", resource));
            assertTrue(refused.getMessage().startsWith("mcp.oauth.resource must be set to the endpoint's canonical URI"));
        }
    }
}
