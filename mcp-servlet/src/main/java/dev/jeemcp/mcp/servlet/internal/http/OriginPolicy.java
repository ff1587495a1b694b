package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Guards against DNS rebinding, and lets the browser pages it allows call the endpoint (CORS).
 *
 * <p>Requests without {@code Origin} (every non-browser MCP client) pass. Origins listed in
 * {@code mcp.allowedOrigins} pass (or any, when it holds {@code *}). Loopback origins ({@code http://localhost:…})
 * pass by {@code mcp.allowLoopbackOrigins}: by default ({@code auto}) only on a request that arrived on a loopback
 * address, that is on a server only this machine can reach, so local tools work out of the box and a public
 * deployment does not trust pages that some local program serves. The {@code Host} header is deliberately not
 * trusted: under DNS rebinding it is the attacker's name.
 *
 * <p>An allowed origin gets the CORS preflight ({@code OPTIONS}) answered and the response headers that let its
 * page read the answers. Credentials mode is not offered: a browser client sends its token in
 * {@code Authorization}, which the preflight allows, and never relies on cookies.
 */
public final class OriginPolicy {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    /** What an MCP client sends besides CORS-safelisted headers; {@code Mcp-Param-*} are allowed by prefix. */
    static final List<String> ALLOWED_HEADERS = List.of("Content-Type", "Accept", "Authorization",
            Wire.Header.PROTOCOL_VERSION, Wire.Header.METHOD, Wire.Header.NAME);
    private static final String PARAM_HEADER_PREFIX = "mcp-param-";
    /** Response headers a page must be able to read: the OAuth challenge, and when to retry. */
    private static final String EXPOSED = "WWW-Authenticate, Retry-After";

    private final Set<String> allowed;
    private final boolean anyOrigin;
    private final McpSettings.LoopbackOrigins loopback;

  public   OriginPolicy(List<String> allowedOrigins) {
        this(allowedOrigins, McpSettings.LoopbackOrigins.ALWAYS);
    }

  public   OriginPolicy(List<String> allowedOrigins, McpSettings.LoopbackOrigins loopback) {
        this.allowed = allowedOrigins.stream().map(OriginPolicy::normalize).collect(Collectors.toUnmodifiableSet());
        this.anyOrigin = allowed.contains("*");
        this.loopback = loopback;
    }

    /** For tests without a request: whether an origin passes on a request that arrived on loopback. */
    public boolean allows(String origin) {
        return allows(origin, true);
    }

    boolean allowsRequest(HttpServletRequest request) {
        String origin = request.getHeader(Wire.Header.ORIGIN);
        // The local address is parsed only for an origin that needs it: most requests carry none.
        return origin == null || allows(origin, () -> arrivedOnLoopback(request));
    }

    public boolean allows(String origin, boolean arrivedOnLoopback) {
        return allows(origin, () -> arrivedOnLoopback);
    }

    private boolean allows(String origin, BooleanSupplier arrivedOnLoopback) {
        if (origin == null || anyOrigin) {
            return true;
        }
        String normalized = normalize(origin);
        if (allowed.contains(normalized)) {
            return true;
        }
        boolean trustLoopback = loopback == McpSettings.LoopbackOrigins.ALWAYS
                || loopback == McpSettings.LoopbackOrigins.AUTO && arrivedOnLoopback.getAsBoolean();
        return trustLoopback && isLoopback(normalized);
    }

    /**
     * Whether the request's {@code Origin} is the console's own origin: {@code mcp.console.origin} when set (behind a
     * proxy the request's scheme, host and port may not be the browser's), else the origin the request was sent to
     * ({@code Host} and scheme). The {@code Host} header alone proves nothing under DNS rebinding, so the endpoint
     * lets such a request pass only for an authenticated caller with the console's role, credentials a rebinding
     * page under its own name does not have.
     *
     * @param canonical {@code mcp.console.origin}, or {@code null}
     */
    static boolean isConsoleOrigin(HttpServletRequest request, String canonical) {
        String origin = request.getHeader(Wire.Header.ORIGIN);
        if (origin == null) {
            return false;
        }
        if (canonical != null) {
            return normalize(origin).equals(normalize(canonical));
        }
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        String own = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        return normalize(origin).equals(normalize(own));
    }

    /** Whether a request is a CORS preflight: {@code OPTIONS} with {@code Origin} and the method it asks for. */
    static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader(Wire.Header.ORIGIN) != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }

    /** Answers the preflight of an allowed origin: POST, with the headers an MCP client sends. */
    void answerPreflight(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        allowOrigin(request, response);
        response.setHeader("Access-Control-Allow-Methods", "POST");
        StringBuilder headers = new StringBuilder(String.join(", ", ALLOWED_HEADERS));
        String requested = request.getHeader("Access-Control-Request-Headers");
        if (requested != null) {
            Arrays.stream(requested.split(",")).map(String::trim)
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(PARAM_HEADER_PREFIX) && h.length() <= 128)
                    .limit(64)
                    .forEach(h -> headers.append(", ").append(h));
        }
        response.setHeader("Access-Control-Allow-Headers", headers.toString());
        response.setHeader("Access-Control-Max-Age", "600");
    }

    /** Lets the page of an allowed origin read this response. */
    void allowOrigin(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader(Wire.Header.ORIGIN);
        if (origin != null) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", EXPOSED);
            response.addHeader("Vary", "Origin");
        }
    }

    private static boolean arrivedOnLoopback(HttpServletRequest request) {
        String local = request.getLocalAddr();
        try {
            // A literal address: no name lookup happens.
            return local != null && InetAddress.getByName(local).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    private static boolean isLoopback(String origin) {
        try {
            URI uri = new URI(origin);
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
