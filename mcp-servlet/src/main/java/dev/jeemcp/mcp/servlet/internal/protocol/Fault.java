package dev.jeemcp.mcp.servlet.internal.protocol;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.internal.JsonRpcErrors;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error answer of the endpoint, immutable: the JSON-RPC error (code, message, data), the id it answers when it
 * was found before the request was dispatched, and the HTTP status and headers it travels with.
 *
 * <p>Statuses are decided here and nowhere else: the transport's own refusals carry theirs (401, 403, 405, 406, 413,
 * 415), a fault of the envelope is 400 whatever its code, an {@link McpUnavailableException} is 503 with
 * {@code Retry-After}, an {@link McpRateLimitedException} is 429 with {@code Retry-After} in seconds to its window's end, and any other {@link McpProtocolException} has the status of its code ({@link #statusOf}).
 */
public final class Fault extends McpProtocolException {

    private static final long serialVersionUID = 1L;

    private final transient JsonValue id;
    private final int status;
    private final transient Map<String, String> headers;

    private Fault(JsonValue id, int code, String message, JsonValue data, int status, Map<String, String> headers) {
        super(code, message, data);
        this.id = id;
        this.status = status;
        this.headers = headers;
    }

    /** A refusal by the transport, before any JSON-RPC is read: {@code -32600} with the status the transport defines. */
    public static Fault transport(int status, String message) {
        return new Fault(null, McpErrorCodes.INVALID_REQUEST, message, null, status, Map.of());
    }

    /** A fault of the envelope (the body, the headers, the {@code _meta}) before the id is known: 400. */
    public static Fault envelope(int code, String message) {
        return forId(null).error(code, message);
    }

    /** The fault the endpoint answers for a protocol error thrown by the application, the catalog or a handler. */
    public static Fault of(McpProtocolException e) {
        if (e instanceof Fault fault) {
            return fault;
        }
        if (e instanceof McpRateLimitedException limited) {
            // 429 with the seconds until the window ends: a client or a balancer retries then, not at once.
            return new Fault(null, e.code(), e.getMessage(), e.data(), 429,
                    Map.of(Wire.Header.RETRY_AFTER, Long.toString(limited.retryAfterSeconds())));
        }
        if (e instanceof McpUnavailableException) {
            return new Fault(null, e.code(), e.getMessage(), e.data(), 503,
                    Map.of(Wire.Header.RETRY_AFTER, Integer.toString(McpUnavailableException.RETRY_AFTER_SECONDS)));
        }
        return new Fault(null, e.code(), e.getMessage(), e.data(), statusOf(e.code()), Map.of());
    }

    /**
     * The HTTP status of an error found while serving a request (after the envelope was accepted). The 2026-07-28
     * transport fixes 404 for an unknown method and 400 for the capability, version and header errors, which clients
     * use to tell the protocol eras apart. Every other JSON-RPC error travels with 200, as the official SDKs do: their
     * clients read the error from the body only then. An unexpected failure is 500.
     */
    private static int statusOf(int code) {
        return switch (code) {
            case McpErrorCodes.METHOD_NOT_FOUND -> 404;
            case McpErrorCodes.HEADER_MISMATCH, McpErrorCodes.MISSING_CLIENT_CAPABILITY, McpErrorCodes.UNSUPPORTED_PROTOCOL_VERSION,
                    McpErrorCodes.PARSE_ERROR, McpErrorCodes.INVALID_REQUEST -> 400;
            case McpErrorCodes.INTERNAL_ERROR -> 500;
            default -> 200;
        };
    }

    /** This fault with one more response header, such as {@code WWW-Authenticate} or {@code Allow}. */
    public Fault withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Fault(id, code(), getMessage(), data(), status, Collections.unmodifiableMap(more));
    }

    /** The id of the request it answers, when it was read before the fault was found; else {@code null}. */
    public JsonValue id() {
        return id;
    }

    /** The HTTP status it is answered with. */
    public int status() {
        return status;
    }

    /** The headers it is answered with besides the content type, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The response: the JSON-RPC error answering this fault's id if it has one, else {@code requestId}. */
    public Reply reply(JsonValue requestId) {
        JsonValue answered = id != null ? id : requestId;
        JsonObject body = JsonIo.object()
                .add("jsonrpc", "2.0")
                .add("id", answered == null ? JsonValue.NULL : answered)
                .add("error", JsonRpcErrors.error(code(), getMessage(), data()))
                .build();
        return new Reply(status, headers, body);
    }

    public static Builder forId(JsonValue id) {
        return new Builder(id);
    }

    /** Creates the envelope faults of one request id: 400 whatever the code. */
    public record Builder(JsonValue id) {
        public Fault error(int code, String message) {
            return error(code, message, null);
        }

        public Fault error(int code, String message, JsonValue data) {
            return new Fault(id, code, message, data, 400, Map.of());
        }
    }
}
