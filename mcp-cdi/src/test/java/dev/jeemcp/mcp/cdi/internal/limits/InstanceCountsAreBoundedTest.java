package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.McpRateLimitedException;
import org.junit.jupiter.api.Test;

/**
 * Callers cannot grow an instance's memory: past {@code mcp.rateLimit.maxKeys} counts of callers counted in the current
 * or the last window, a call that needs a new count is refused until a count has been idle for a window (and then
 * admitted), while callers already counted go on.
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
            assertEquals(16_000, refused.retryAfterMillis(), "until the first count has been idle for a whole window");
            assertTrue(rates.admits("a", "bounded", limit), "a caller already counted");
            assertEquals(3, rates.limiter.instanceCounter().size());

            rates.now.set(RateFixture.START + 10_000);
            assertNotNull(rates.refusal("d", "bounded", limit), "a, b and c were counted in the last window");
            rates.now.set(RateFixture.START + 20_000);
            assertTrue(rates.admits("d", "bounded", limit), "the old counts have been idle for a window");
        }
    }
}
