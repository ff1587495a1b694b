package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.ReadinessCheck;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /mcp-ready}: whether this instance is ready for MCP traffic, for load balancers and orchestrators on
 * every server, Tomcat included (which has no MicroProfile Health). 200 with {@code "status":"UP"} when every check
 * of the catalog passes, else 503 with {@code "DOWN"}; the body has the checks' names and states only, in the shape of
 * a MicroProfile Health answer, because anyone may ask: it sits outside the MCP endpoint's access gate.
 */
public final class ReadinessServlet extends HttpServlet {

    /** Where it answers, in the application; fixed, so that balancer configurations can be written once. */
    public static final String PATH = "/mcp-ready";

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ReadinessServlet.class.getName());
    private static final String UP = "UP";
    private static final String DOWN = "DOWN";

    private final transient McpServlet endpoint;

    /** @param endpoint the MCP servlet whose catalog is asked, and which is not ready until it serves one */
    public ReadinessServlet(McpServlet endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ReadinessCheck> checks = checks();
        boolean ready = !checks.isEmpty() && checks.stream().allMatch(ReadinessCheck::up);
        JsonArrayBuilder array = JsonIo.array();
        checks.forEach(check -> array.add(JsonIo.object().add("name", check.name()).add("status", check.up() ? UP : DOWN)));
        byte[] body = JsonIo.write(JsonIo.object().add("status", ready ? UP : DOWN).add("checks", array).build())
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(ready ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private List<ReadinessCheck> checks() {
        McpCatalog catalog = endpoint.servedCatalog();
        if (catalog == null || catalog == Catalogs.EMPTY) {
            return List.of(new ReadinessCheck(ReadinessCheck.CATALOG, false));
        }
        try {
            return catalog.readiness();
        } catch (RuntimeException e) {
            // Not ready, and the caller is told no more than that: the details are the operator's, in the log.
            LOG.log(System.Logger.Level.WARNING, "The readiness checks failed", e);
            return List.of(new ReadinessCheck(ReadinessCheck.CATALOG, false));
        }
    }
}
