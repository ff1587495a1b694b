package dev.jeemcp.mcp.test;

import jakarta.json.JsonObject;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * The server refused the request at the HTTP level instead of answering it: 401 or 403 from the container's security
 * or the library's bearer gate (with {@code WWW-Authenticate}), 403 for a foreign {@code Origin}, 406, 413 or 415 from
 * the transport, 405 for a GET, a login form or a redirect (any answer that is neither JSON nor an event stream). The
 * library's own refusals carry a JSON-RPC error with {@code "id": null} ({@link #error()}). A test of security catches
 * it ({@code assertEquals(401, assertThrows(McpHttpError.class, () -> anonymous.tools()).status())}).
 *
 * <p>429 and 503 from the library are responses to the request (with its id): {@link McpErrorResponse}.
 */
public final class McpHttpError extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient HttpHeaders headers;
    private final String body;
    private final transient JsonObject error;

    /** Made by the kit's transport; not for tests to construct. */
    public McpHttpError(String method, int status, HttpHeaders headers, String body, JsonObject error) {
        super(method + " was answered with HTTP " + status + (error == null ? " and no JSON-RPC response"
                : " and a JSON-RPC error without the request's id " + error)
                + headers.firstValue("WWW-Authenticate").map(challenge -> " (WWW-Authenticate: " + challenge + ")").orElse("")
                + (body.isBlank() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) + "..." : body)));
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.error = error;
    }

    /** The JSON-RPC error of a refusal that carried one ({@code "id": null}): its {@code code}, {@code message}, {@code data}. */
    public Optional<JsonObject> error() {
        return Optional.ofNullable(error);
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
