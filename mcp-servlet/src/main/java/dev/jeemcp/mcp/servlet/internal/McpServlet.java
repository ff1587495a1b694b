package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Wire.ErrorCode.INTERNAL_ERROR;
import static dev.jeemcp.mcp.servlet.internal.Wire.ErrorCode.INVALID_REQUEST;

import dev.jeemcp.mcp.server.McpProtocolException;
import dev.jeemcp.mcp.server.McpCatalog;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The MCP endpoint: Streamable HTTP, POST only, one JSON-RPC message per request, and no session. Nothing is kept
 * between requests, so any instance behind a load balancer answers any request.
 *
 * <p>Transport faults are answered here with the status the transport defines; everything else goes through the
 * {@link Dispatcher}. No exception text ever reaches the client: unexpected failures are logged and answered with a
 * bare "Internal error".
 */
public final class McpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(McpServlet.class.getName());

    private final transient McpSettings settings;
    private final transient OriginPolicy origins;
    private transient McpCatalog catalog;
    private transient Dispatcher dispatcher;

    McpServlet(McpSettings settings) {
        this(settings, null);
    }

    /** For tests: a fixed catalog instead of the one found through CDI. */
    McpServlet(McpSettings settings, McpCatalog catalog) {
        this.settings = settings;
        this.origins = new OriginPolicy(settings.allowedOrigins());
        this.catalog = catalog;
    }

    @Override
    public void init() throws ServletException {
        if (catalog == null) {
            catalog = Catalogs.find();
        }
        dispatcher = new Dispatcher(catalog, settings);
        LOG.log(System.Logger.Level.INFO, "MCP endpoint ready at {0}{1} with {2} tools",
                getServletContext().getContextPath(), settings.path(), catalog.tools().size());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            // No GET stream and no DELETE: there is no session to listen on or to end.
            response.setHeader(Wire.Header.ALLOW, "POST");
            sendError(response, new ProtocolError(null, INVALID_REQUEST, "Method not allowed: the MCP endpoint accepts POST only", null, 405));
            return;
        }
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonValue id = null;
        try {
            checkTransport(request);
            JsonRpcRequest rpc = JsonRpcRequest.parse(readBody(request));
            if (rpc.isNotification()) {
                // Every notification a client may send is informational for a server without sessions.
                response.setStatus(HttpServletResponse.SC_ACCEPTED);
                return;
            }
            id = rpc.id();
            CallContext context = RequestEra.establish(rpc, request::getHeader, request.getUserPrincipal(), request::isUserInRole);
            JsonObject result = dispatcher.dispatch(rpc, context);
            send(response, HttpServletResponse.SC_OK,
                    JsonIo.object().add("jsonrpc", "2.0").add("id", id).add("result", result).build());
        } catch (ProtocolError e) {
            sendError(response, e.id() != null ? e : new ProtocolError(id, e.code(), e.getMessage(), e.data(), e.httpStatus()));
        } catch (McpProtocolException e) {
            sendError(response, new ProtocolError(id, e.code(), e.getMessage(), e.data()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "MCP request failed", e);
            sendError(response, new ProtocolError(id, INTERNAL_ERROR, "Internal error", null));
        }
    }

    private void checkTransport(HttpServletRequest request) {
        if (!origins.allows(request.getHeader(Wire.Header.ORIGIN))) {
            throw new ProtocolError(null, INVALID_REQUEST, "Forbidden: origin not allowed", null, 403);
        }
        if (!MediaTypes.isJson(request.getContentType())) {
            throw new ProtocolError(null, INVALID_REQUEST, "Unsupported Media Type: the body must be application/json", null, 415);
        }
        if (!MediaTypes.acceptsJsonAndEventStream(request.getHeader("Accept"))) {
            throw new ProtocolError(null, INVALID_REQUEST,
                    "Not Acceptable: the client must accept application/json and text/event-stream", null, 406);
        }
    }

    private byte[] readBody(HttpServletRequest request) throws IOException {
        int limit = settings.maxRequestBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        // The declared length may be absent (chunked) or wrong, so the read itself is bounded too.
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        }
    }

    private static ProtocolError tooLarge(int limit) {
        return new ProtocolError(null, INVALID_REQUEST, "Payload Too Large: the limit is " + limit + " bytes", null, 413);
    }

    private static void sendError(HttpServletResponse response, ProtocolError error) throws IOException {
        var body = JsonIo.object().add("code", error.code()).add("message", error.getMessage());
        if (error.data() != null) {
            body.add("data", error.data());
        }
        send(response, error.httpStatus(), JsonIo.object()
                .add("jsonrpc", "2.0")
                .add("id", error.id() == null ? JsonValue.NULL : error.id())
                .add("error", body)
                .build());
    }

    private static void send(HttpServletResponse response, int status, JsonObject body) throws IOException {
        byte[] bytes = JsonIo.write(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        // Set explicitly: Payara otherwise labels application/json as ISO-8859-1.
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
