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
     * @return the call as counted, to give back if the container refuses it
     * @throws Refused when a limit has admitted all its window allows; nothing is counted then
     */
    Admission admit(String tool, RateLimit own);

    /**
     * A call counted. Given back when the container refuses to run it (for lack of a role the library's access rule
     * cannot see): that call is answered as an unknown tool, so it must spend nothing, or a caller without the role
     * could spend the limit of those who have it and learn from the 429 that the tool exists.
     */
    interface Admission {

        /** A call no limit counted. */
        Admission NONE = () -> { };

        /** Takes the call's counts back (once; never below zero). Never throws. */
        void giveBack();
    }

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
