package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.protocol.Reply;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.spi.McpCatalog;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The browser console ({@code mcp.console.enabled}), at {@code <mcp.path>/console/}: three static files shipped in
 * this jar, for a caller with {@code mcp.console.role}. The page holds no data of its own: its script calls the MCP
 * endpoint like any client, with the browser's credentials, so every access rule of the endpoint applies to it too.
 *
 * <p>Its one route of its own, {@code rows} ({@link ConsoleRows}), lists the caller's own handles and its tenant's
 * tasks, which no MCP method does; it passes the endpoint's access gate too, and answers every refusal with a small
 * JSON body of its own rather than the container's error page.
 *
 * <p>The files live outside {@code META-INF/resources} on purpose: there the container would serve them itself,
 * around this role check. A strict Content-Security-Policy allows only this origin's script and style (none inline),
 * no framing, and no form posted elsewhere.
 */
public final class ConsoleServlet extends HttpServlet {

    /** Beside the endpoint's path. */
    static final String SUFFIX = "/console";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";
    private static final String FOLDER = "/dev/jeemcp/mcp/servlet/internal/console/";
    /** The only files served, and their types: anything else under the path is 404. */
    private static final Map<String, String> FILES = Map.of(
            "/", "text/html; charset=utf-8",
            "/console.js", "text/javascript; charset=utf-8",
            "/console.css", "text/css; charset=utf-8");
    private static final long serialVersionUID = 1L;

    private static final System.Logger LOG = System.getLogger(ConsoleServlet.class.getName());

    private final String role;
    /** {@code mcp.console.origin}, or {@code null}. */
    private final String origin;
    /** The files' bytes, read once from the jar when the console is registered. */
    private final transient Map<String, byte[]> contents;
    /** The endpoint whose catalog the rows come from, and whose access rule they pass. */
    private final transient McpServlet endpoint;
    private final transient AccessGate gate;

    public ConsoleServlet(McpSettings.ConsoleSettings settings, McpServlet endpoint, AccessGate gate) {
        this.role = settings.role();
        this.origin = settings.origin();
        this.endpoint = endpoint;
        this.gate = gate;
        this.contents = Map.of("/", read("index.html"), "/console.js", read("console.js"), "/console.css", read("console.css"));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        secure(response); // refusals too
        String file = request.getPathInfo();
        boolean rows = ConsoleRows.PATH.equals(file);
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            refuse(rows, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Only GET and HEAD");
            return;
        }
        if (request.getUserPrincipal() == null && !authenticated(request, response)) {
            return;
        }
        if (!request.isUserInRole(role)) {
            refuse(rows, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden");
            return;
        }
        if (rows) {
            rows(request, response);
            return;
        }
        if (file == null) {
            // The page's relative links need the trailing slash. Built from the application's own context path and
            // the decoded servlet path: the request URI is the client's text, and "//host/..;/app" in it would make
            // the Location a link to another host.
            response.sendRedirect(getServletContext().getContextPath() + request.getServletPath() + "/");
            return;
        }
        String type = FILES.get(file);
        if (type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        byte[] body = contents.get(file);
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }

    /**
     * The tenant's rows, for a caller who passes the endpoint's own access rule as well as the console's role, from
     * this origin only (a foreign page could not read them anyway: no CORS headers are ever sent here).
     */
    private void rows(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getHeader(Wire.Header.ORIGIN) != null && !OriginPolicy.isConsoleOrigin(request, origin)) {
            refuse(true, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden origin");
            return;
        }
        McpCatalog catalog = endpoint.servedCatalog();
        if (catalog == null) {
            refuse(true, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The catalog is not ready");
            return;
        }
        JsonObject page;
        try {
            gate.check(request);
            page = ConsoleRows.page(catalog, request);
        } catch (Fault refused) {
            Reply.send(response, refused.reply(null));
            return;
        } catch (IllegalArgumentException e) {
            refuse(true, response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "The console could not list the tenant's rows", e);
            refuse(true, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "The rows could not be listed");
            return;
        }
        writeJson(response, page);
    }

    /**
     * A refusal: for the rows route the status with {@code {"error": message}}, written here, so that no container
     * or application error page (Tomcat's names its version) answers the page's script; else the container's.
     */
    private static void refuse(boolean json, HttpServletResponse response, int status, String message) throws IOException {
        if (!json) {
            response.sendError(status);
            return;
        }
        response.setStatus(status);
        writeJson(response, JsonIo.object().add("error", message).build());
    }

    private static void writeJson(HttpServletResponse response, JsonObject json) throws IOException {
        byte[] body = JsonIo.write(json).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Asks the container to log the caller in; false when it has answered with its challenge, or has no login. */
    private static boolean authenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return request.authenticate(response);
        } catch (ServletException e) {
            // No login mechanism configured: nobody can have the role.
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            }
            return false;
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = ConsoleServlet.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The console's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
