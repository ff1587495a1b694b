package dev.jeemcp.mcp.test;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * The server answered with an HTTP status and no JSON-RPC message: 401 or 403 from the container's security, 429 or
 * 503 with {@code Retry-After}, 405 for a GET. A test of security catches it
 * ({@code assertEquals(401, assertThrows(McpHttpError.class, () -> anonymous.tools()).status())}).
 */
public class McpHttpError extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient HttpHeaders headers;
    private final String body;

    public McpHttpError(String method, int status, HttpHeaders headers, String body) {
        super(method + " was answered with HTTP " + status + " and no JSON-RPC response"
                + headers.firstValue("WWW-Authenticate").map(challenge -> " (WWW-Authenticate: " + challenge + ")").orElse("")
                + (body.isBlank() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) + "..." : body)));
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** A response header, such as {@code WWW-Authenticate} or {@code Retry-After}. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The body as it came. */
    public String body() {
        return body;
    }
}
