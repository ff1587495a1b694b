package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Role filtering asks the container about each role once per request, however many features require it: a container
 * may answer each question with a permission check (Payara's JACC provider), and a list of a thousand restricted tools
 * asked it a thousand times.
 */
class ARoleIsAskedOncePerRequestTest {

    /** Questions the container was asked, by role. */
    private static final Map<String, AtomicInteger> ASKED = new ConcurrentHashMap<>();

    /** Signs every request in as alice with the role admin, and counts the container's role questions. */
    public static final class CountingIdentity extends HttpFilter {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public Principal getUserPrincipal() {
                    return () -> "alice";
                }

                @Override
                public boolean isUserInRole(String role) {
                    ASKED.computeIfAbsent(role, r -> new AtomicInteger()).incrementAndGet();
                    return "admin".equals(role);
                }
            }, response);
        }
    }

    @Test
    void aListOfFiftyToolsOfOneRoleAsksItOnce() throws Exception {
        Fixtures.EchoTool[] tools = IntStream.range(0, 50).mapToObj(i -> new Fixtures.EchoTool("admin_" + i, "admin"))
                .toArray(Fixtures.EchoTool[]::new);
        try (EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(tools), Fixtures.settings(),
                context -> EmbeddedServer.filterEverything(context, "identity", new CountingIdentity()))) {
            for (int request = 1; request <= 2; request++) {
                HttpResponse<String> answer = server.client.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}")
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), answer.body());
                JsonObject result = Json.createReader(new StringReader(answer.body())).readObject().getJsonObject("result");
                assertEquals(50, result.getJsonArray("tools").size(), "alice has the role: she sees every tool");
                assertEquals(request, ASKED.get("admin").get(), "the container was asked once per request");
            }
        }
    }
}
