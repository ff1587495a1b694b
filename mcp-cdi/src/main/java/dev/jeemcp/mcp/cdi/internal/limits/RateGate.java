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
     * @throws Refused when a limit has admitted all its window allows; nothing is counted then
     */
    void admit(String tool, RateLimit own);

    /**
     * A call the limits refused; answered like any {@link McpRateLimitedException}. It says whether this instance
     * knew the window was full before (a refusal answered from memory), so that the audit records the news that a
     * limit was reached, not every call of a flood.
     */
    final class Refused extends McpRateLimitedException {

        private static final long serialVersionUID = 1L;

        private final boolean known;

        Refused(long retryAfterMillis, boolean known) {
            super(retryAfterMillis);
            this.known = known;
        }

        /** Whether an earlier call of the same window was refused here already. */
        public boolean known() {
            return known;
        }
    }
}
