package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.http.AccessGate;
import dev.jeemcp.mcp.servlet.internal.http.ConsoleServlet;
import dev.jeemcp.mcp.servlet.internal.http.McpServlet;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.StoredRow;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

/**
 * The console's list of stored rows asks the catalog for the caller of the HTTP request (whose tenant the catalog
 * resolves), a bounded page at a time; it is refused to callers without the console role or refused by the
 * endpoint's own access rule, and to foreign origins.
 */
class ConsoleRowsAreBoundedAndGatedTest {

    /** What the catalog was asked: caller, offset, limit. */
    private final List<String> asked = new CopyOnWriteArrayList<>();

    private McpCatalog catalog() {
        McpCatalog tools = Fixtures.echoTools(1);
        return new McpCatalog() {
            @Override
            public List<Tool> tools() {
                return tools.tools();
            }

            @Override
            public List<StoredRow> storedRows(McpRequest request, StoredRow.Type type, int offset, int limit) {
                asked.add(request.caller().orElseThrow().getName() + " " + type + " " + offset + " " + limit);
                Instant now = Instant.EPOCH;
                return IntStream.range(0, limit).mapToObj(i -> new StoredRow("id" + (offset + i), "quote", null, now, now, now)).toList();
            }
        };
    }

    /** The endpoint and the console on an embedded Tomcat, this test's catalog behind them. */
    EmbeddedServer server() {
        McpSettings settings = Fixtures.settings("mcp.auth.rolesAllowed", "quoter",
                "mcp.console.enabled", "true", "mcp.console.role", "operator");
        McpServlet[] endpoint = new McpServlet[1];
        return new EmbeddedServer(catalog(), settings, context -> {
            TestIdentityFilter.install(context);
            endpoint[0] = (McpServlet) ((org.apache.catalina.Wrapper) context.findChild("mcp")).getServlet();
            Tomcat.addServlet(context, "console", new ConsoleServlet(settings.console(), endpoint[0], new AccessGate(settings.auth(), settings.path())));
            context.addServletMappingDecoded("/mcp/console/*", "console");
        });
    }

    static HttpResponse<String> get(EmbeddedServer server, String query, String caller, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.endpoint + "/console/rows" + query)).GET();
        if (caller != null) {
            request.header("X-Test-Caller", caller);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return server.send(request);
    }

    @Test
    void pagesAreBoundedAndAskedForTheCaller() throws Exception {
        try (EmbeddedServer server = server()) {
            HttpResponse<String> first = get(server, "?type=tasks", "olga roles=quoter,operator", null);
            assertEquals(200, first.statusCode(), first.body());
            JsonObject page = dev.jeemcp.mcp.servlet.internal.protocol.JsonIo.parse(first.body()).asJsonObject();
            assertEquals(50, page.getJsonArray("rows").size());
            assertEquals(1, page.getInt("nextPage"));
            assertEquals("olga TASKS 0 51", asked.get(0));
            assertFalse(get(server, "?type=handles&page=19", "olga roles=quoter,operator", null).body().contains("nextPage"),
                    "the last page offers no next one");
            assertEquals("olga HANDLES 950 51", asked.get(1));
            assertEquals(400, get(server, "?type=handles&page=20", "olga roles=quoter,operator", null).statusCode());
            assertEquals(400, get(server, "?type=payloads", "olga roles=quoter,operator", null).statusCode());
            assertEquals(400, get(server, "?type=tasks&page=-1", "olga roles=quoter,operator", null).statusCode());
            assertEquals(2, asked.size(), "refused pages never reach the catalog");
        }
    }

    @Test
    void theRoleTheEndpointsRuleAndTheOriginAreChecked() throws Exception {
        try (EmbeddedServer server = server()) {
            assertEquals(403, get(server, "?type=tasks", "alice roles=quoter", null).statusCode(), "no console role");
            assertEquals(403, get(server, "?type=tasks", "olga roles=operator", null).statusCode(), "refused by the endpoint's rule");
            assertEquals(403, get(server, "?type=tasks", "olga roles=quoter,operator", "http://evil.example.com").statusCode());
            URI own = server.endpoint;
            assertEquals(200, get(server, "?type=tasks", "olga roles=quoter,operator",
                    own.getScheme() + "://" + own.getHost() + ":" + own.getPort()).statusCode());
            assertTrue(asked.size() == 1, "only the allowed request reached the catalog");
        }
    }
}
