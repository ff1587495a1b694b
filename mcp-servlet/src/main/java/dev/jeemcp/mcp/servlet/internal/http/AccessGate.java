package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;

/**
 * Lets a request in, or answers it as an OAuth 2.1 resource server must: 401 with a {@code Bearer} challenge that
 * points to the protected-resource metadata when nobody is authenticated, 403 {@code insufficient_scope} when the
 * caller lacks a required role or scope. It only reads what the container established (the principal, its roles,
 * its token's claims): validating credentials stays with the container.
 */
public final class AccessGate {

    public static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";

    private final McpSettings.AuthSettings auth;
    private final String endpointPath;

  public   AccessGate(McpSettings.AuthSettings auth, String endpointPath) {
        this.auth = auth;
        this.endpointPath = endpointPath;
    }

    /** @throws Fault 401 or 403 with the challenge header, when the request may not pass */
    void check(HttpServletRequest request) {
        if (!auth.guards()) {
            return;
        }
        if (request.getUserPrincipal() == null) {
            throw refusal(401, "Unauthorized: send a bearer token", challenge(request, null, auth.requiredScopes()));
        }
        boolean hasRole = auth.rolesAllowed().isEmpty() || auth.rolesAllowed().stream().anyMatch(request::isUserInRole);
        Set<String> scopes = TokenScopes.of(request.getUserPrincipal());
        if (!hasRole || !scopes.containsAll(auth.requiredScopes())) {
            throw refusal(403, "Forbidden: the token lacks a required scope",
                    challenge(request, "insufficient_scope", auth.requiredScopes()));
        }
    }

    /** The {@code WWW-Authenticate} value for a request that failed authentication or authorization. */
    String challenge(HttpServletRequest request, String error, List<String> scopes) {
        StringBuilder value = new StringBuilder("Bearer ");
        if (error != null) {
            value.append("error=\"").append(error).append("\", ");
        }
        if (!scopes.isEmpty()) {
            value.append("scope=\"").append(String.join(" ", scopes)).append("\", ");
        }
        return value.append("resource_metadata=\"").append(metadataUrl(request)).append('"').toString();
    }

    /** Where this application serves its protected-resource metadata. */
    String metadataUrl(HttpServletRequest request) {
        return origin(request) + request.getContextPath() + WELL_KNOWN;
    }

    /** The canonical URI of the MCP endpoint: configured, or as this request reached it. */
    String resource(HttpServletRequest request) {
        return auth.resource() != null ? auth.resource() : origin(request) + request.getContextPath() + endpointPath;
    }

    private String origin(HttpServletRequest request) {
        if (auth.resource() != null) {
            java.net.URI uri = java.net.URI.create(auth.resource());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        }
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static Fault refusal(int status, String message, String challenge) {
        return Fault.transport(status, message).withHeader(Wire.Header.WWW_AUTHENTICATE, challenge);
    }
}
