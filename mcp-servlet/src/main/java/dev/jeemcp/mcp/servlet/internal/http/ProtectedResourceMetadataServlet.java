package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * RFC 9728 protected-resource metadata: which authorization servers issue tokens for the MCP endpoint and which
 * scopes it knows. Served at {@code /.well-known/oauth-protected-resource} in the application, and at the
 * path-suffixed variant; the {@code WWW-Authenticate} challenge points here.
 */
public final class ProtectedResourceMetadataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient McpSettings.AuthSettings auth;
    private final transient AccessGate gate;

  public   ProtectedResourceMetadataServlet(McpSettings.AuthSettings auth, AccessGate gate) {
        this.auth = auth;
        this.gate = gate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var metadata = JsonIo.object()
                .add("resource", gate.resource(request))
                .add("authorization_servers", JsonIo.PROVIDER.createArrayBuilder(auth.authorizationServers()))
                .add("bearer_methods_supported", JsonIo.array().add("header"));
        if (!auth.scopesSupported().isEmpty()) {
            metadata.add("scopes_supported", JsonIo.PROVIDER.createArrayBuilder(auth.scopesSupported()));
        }
        byte[] body = JsonIo.write(metadata.build()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        // Public metadata that browser-based clients fetch from other origins.
        response.setHeader("Access-Control-Allow-Origin", "*");
        // The same for every caller (the resource is configured, never taken from the request), and changes only
        // with a redeployment.
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
