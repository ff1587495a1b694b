package dev.jeemcp.mcp.servlet.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Guards against DNS rebinding: a browser page may only reach the endpoint from an allowed {@code Origin}.
 *
 * <p>Requests without {@code Origin} (every non-browser MCP client) pass. Loopback origins pass, so local tools work
 * out of the box; anything else must be listed in {@code mcp.allowedOrigins} (or that list must hold {@code *}).
 * The {@code Host} header is deliberately not trusted: under DNS rebinding it is the attacker's name.
 */
final class OriginPolicy {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> allowed;
    private final boolean anyOrigin;

    OriginPolicy(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream().map(OriginPolicy::normalize).collect(Collectors.toUnmodifiableSet());
        this.anyOrigin = allowed.contains("*");
    }

    boolean allows(String origin) {
        if (origin == null || anyOrigin) {
            return true;
        }
        String normalized = normalize(origin);
        if (allowed.contains(normalized)) {
            return true;
        }
        try {
            URI uri = new URI(normalized);
            String scheme = uri.getScheme();
            return ("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null
                    && LOOPBACK.contains(uri.getHost()) && uri.getRawPath().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String normalize(String origin) {
        String value = origin.trim().toLowerCase(Locale.ROOT);
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
