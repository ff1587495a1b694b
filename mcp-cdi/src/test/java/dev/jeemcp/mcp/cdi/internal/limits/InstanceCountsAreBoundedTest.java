package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.McpRateLimitedException;
import org.junit.jupiter.api.Test;

/**
 * Callers cannot grow an instance's memory: past {@code mcp.rateLimit.maxKeys} live counts, a call that needs a new
 * count is refused until a window ends (and then admitted), while callers already counted go on.
 */
class InstanceCountsAreBoundedTest {

    @Test
    void aNewCallerPastTheBoundIsRefusedUntilAWindowEnds() {
        try (RateFixture rates = RateFixture.instance(RateLimiter.MAX_KEYS, "3")) {
            RateLimit limit = RateFixture.own(10, "PT10S", McpRateLimit.Scope.CALLER);
            rates.now.set(RateFixture.START + 4_000);
            for (String caller : new String[] {"a", "b", "c"}) {
                assertTrue(rates.admits(caller, "bounded", limit));
            }
            McpRateLimitedException refused = rates.refusal("d", "bounded", limit);
            assertNotNull(refused, "a fourth count");
            assertEquals(6_000, refused.retryAfterMillis());
            assertTrue(rates.admits("a", "bounded", limit), "a caller already counted");
            assertEquals(3, rates.limiter.instanceCounter().size());

            rates.now.set(RateFixture.START + 10_000);
            assertTrue(rates.admits("d", "bounded", limit), "the old windows have ended");
        }
    }
}
