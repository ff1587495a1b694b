package dev.jeemcp.mcp;

import jakarta.json.spi.JsonProvider;

/**
 * A call refused because a rate limit has admitted all the calls its window allows; the same request succeeds after
 * the window ends. It is answered with HTTP 429, a {@code Retry-After} header in whole seconds (at least 1) and the
 * JSON-RPC error {@code -32603} whose {@code data} says {@code "retryable": true} and, in {@code retryAfterMs}, how
 * many milliseconds remain until the window ends, so that a client can tell "too fast" from "this request is wrong"
 * and knows when to come back.
 *
 * <p>The library throws it for the limits of {@link McpRateLimit} and of the {@code mcp.rateLimit.*} settings. An
 * application may throw it too, for a quota of its own.
 */
public class McpRateLimitedException extends McpProtocolException {

    private static final long serialVersionUID = 1L;
    /**
     * Looked up once: a refusal must stay cheap under the flood it refuses ({@code Json.createObjectBuilder()} looks
     * the provider up with a ServiceLoader on every call).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final long retryAfterMillis;

    /** With the standard message, which names no caller or tenant: the client needs to know when, not whose count. */
    public McpRateLimitedException(long retryAfterMillis) {
        this("Rate limit reached; retry the request after the time given", retryAfterMillis);
    }

    /**
     * @param message the error message sent to the client
     * @param retryAfterMillis how long until the request may succeed; 1 or more (less is taken as 1)
     */
    public McpRateLimitedException(String message, long retryAfterMillis) {
        super(McpErrorCodes.INTERNAL_ERROR, message, JSON.createObjectBuilder()
                .add("retryable", true).add("retryAfterMs", Math.max(1, retryAfterMillis)).build());
        this.retryAfterMillis = Math.max(1, retryAfterMillis);
    }

    /** How long until the request may succeed, in milliseconds: at least 1. */
    public long retryAfterMillis() {
        return retryAfterMillis;
    }

    /** The {@code Retry-After} value: the milliseconds rounded up to whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfterMillis + 999) / 1000);
    }
}
