package dev.jeemcp.mcp.cdi.internal.limits;

import dev.jeemcp.mcp.McpRateLimitedException;

/**
 * Where a tool asks whether its call may go ahead: implemented by {@link RateLimiter}, reached by tools (made at deploy
 * time, when no bean can be looked up) through a deferred lookup.
 */
public interface RateGate {

    /**
     * Counts the call of the current request against every limit that applies to it, or refuses it.
     *
     * @param tool the tool's name
     * @param own the tool's own limit ({@code @McpRateLimit}), or {@code null}
     * @throws McpRateLimitedException when a limit has admitted all its window allows; nothing is counted then
     */
    void admit(String tool, RateLimit own);
}
