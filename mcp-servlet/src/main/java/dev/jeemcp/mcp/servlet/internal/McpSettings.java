package dev.jeemcp.mcp.servlet.internal;

import jakarta.servlet.ServletContext;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The endpoint's configuration, read once at deploy time.
 *
 * <p>Each setting is a {@code <context-param>} in {@code web.xml}, or a system property of the same name for
 * operators who cannot change the WAR; the context parameter wins.
 */
record McpSettings(
        boolean enabled,
        String path,
        List<String> allowedOrigins,
        int maxRequestBytes,
        int pageSize,
        long listTtlMs,
        String serverName,
        String serverVersion,
        String instructions,
        byte[] requestStateKey,
        long requestStateTtlMs,
        AuthSettings auth) {

    /**
     * Who may use the endpoint at all, and what the OAuth protected-resource metadata says.
     *
     * @param required whether an anonymous request is refused with 401
     * @param rolesAllowed roles, one of which every caller needs (403 otherwise); empty for none
     * @param authorizationServers issuer URLs for the metadata; empty turns the metadata off
     * @param scopesSupported the scopes the metadata advertises
     * @param requiredScopes scopes every token must carry (403 {@code insufficient_scope} otherwise)
     * @param resource the canonical URI of the endpoint; {@code null} to derive it from each request
     */
    record AuthSettings(boolean required, List<String> rolesAllowed, List<String> authorizationServers,
            List<String> scopesSupported, List<String> requiredScopes, String resource) {

        /** Whether anything here can refuse a request. */
        boolean guards() {
            return required || !rolesAllowed.isEmpty() || !requiredScopes.isEmpty();
        }

        boolean publishesMetadata() {
            return !authorizationServers.isEmpty();
        }
    }

    static final String ENABLED = "mcp.enabled";
    static final String PATH = "mcp.path";
    static final String ALLOWED_ORIGINS = "mcp.allowedOrigins";
    static final String MAX_REQUEST_BYTES = "mcp.maxRequestBytes";
    static final String PAGE_SIZE = "mcp.pageSize";
    static final String LIST_TTL_MS = "mcp.listTtlMs";
    static final String SERVER_NAME = "mcp.serverName";
    static final String SERVER_VERSION = "mcp.serverVersion";
    static final String INSTRUCTIONS = "mcp.instructions";
    static final String REQUEST_STATE_KEY = "mcp.requestStateKey";
    static final String REQUEST_STATE_TTL_MS = "mcp.requestStateTtlMs";
    static final String AUTH_REQUIRED = "mcp.auth.required";
    static final String AUTH_ROLES_ALLOWED = "mcp.auth.rolesAllowed";
    static final String OAUTH_AUTHORIZATION_SERVERS = "mcp.oauth.authorizationServers";
    static final String OAUTH_SCOPES_SUPPORTED = "mcp.oauth.scopesSupported";
    static final String OAUTH_REQUIRED_SCOPES = "mcp.oauth.requiredScopes";
    static final String OAUTH_RESOURCE = "mcp.oauth.resource";

    static McpSettings defaults() {
        return from(name -> null);
    }

    static McpSettings from(ServletContext context) {
        return from(name -> {
            String value = context.getInitParameter(name);
            return value != null ? value : System.getProperty(name);
        });
    }

    static McpSettings from(UnaryOperator<String> source) {
        return new McpSettings(
                Boolean.parseBoolean(value(source, ENABLED, "true")),
                value(source, PATH, "/mcp"),
                list(source, ALLOWED_ORIGINS),
                positive(source, MAX_REQUEST_BYTES, 1024 * 1024),
                positive(source, PAGE_SIZE, 100),
                positive(source, LIST_TTL_MS, 300_000),
                value(source, SERVER_NAME, "jeemcp"),
                value(source, SERVER_VERSION, "0.1.0"),
                value(source, INSTRUCTIONS, ""),
                key(source.apply(REQUEST_STATE_KEY)),
                positive(source, REQUEST_STATE_TTL_MS, 600_000),
                new AuthSettings(
                        Boolean.parseBoolean(value(source, AUTH_REQUIRED, "false")),
                        list(source, AUTH_ROLES_ALLOWED),
                        list(source, OAUTH_AUTHORIZATION_SERVERS),
                        list(source, OAUTH_SCOPES_SUPPORTED),
                        list(source, OAUTH_REQUIRED_SCOPES),
                        source.apply(OAUTH_RESOURCE)));
    }

    private static String value(UnaryOperator<String> source, String name, String fallback) {
        String value = source.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static List<String> list(UnaryOperator<String> source, String name) {
        return Arrays.stream(value(source, name, "").split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** The shared requestState key, base64; {@code null} when none is configured. */
    private static byte[] key(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        try {
            return java.util.Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(REQUEST_STATE_KEY + " must be base64", e);
        }
    }

    private static int positive(UnaryOperator<String> source, String name, int fallback) {
        String value = value(source, name, Integer.toString(fallback));
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the name of the setting
        }
        throw new IllegalArgumentException(name + " must be a positive integer, not \"" + value + "\"");
    }
}
