package dev.jeemcp.mcp;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

/**
 * The server cannot answer now because something it depends on, usually the database, cannot be reached; the same
 * request is likely to succeed when retried. It is answered with HTTP 503, a {@code Retry-After} header and the
 * JSON-RPC error {@code -32603} whose {@code data} says {@code "retryable": true}, so that a client or a load balancer
 * can tell "try again" from "this request is wrong".
 *
 * <p>The library throws it when a tool, prompt, resource or completion fails because a database connection failed or
 * could not be opened, or a connection pool could not allocate one (anywhere in the chain of causes), instead of
 * reporting a failure of the feature: nothing about the request was wrong. An application may throw it too, for a downstream
 * service that is down.
 */
public class McpUnavailableException extends McpProtocolException {

    private static final long serialVersionUID = 1L;

    /** The seconds a client should wait before it retries, sent as {@code Retry-After}. */
    public static final int RETRY_AFTER_SECONDS = 1;
    /** Built once: a refusal must stay cheap when the server is overloaded or its database down. */
    private static final JsonObject RETRYABLE = JsonProvider.provider().createObjectBuilder().add("retryable", true).build();

    /** With the standard message, which names no resource: the client needs to know when, not what. */
    public McpUnavailableException() {
        this("Service temporarily unavailable; retry the request");
    }

    /** @param message the error message sent to the client */
    public McpUnavailableException(String message) {
        super(McpErrorCodes.INTERNAL_ERROR, message, RETRYABLE);
    }
}
