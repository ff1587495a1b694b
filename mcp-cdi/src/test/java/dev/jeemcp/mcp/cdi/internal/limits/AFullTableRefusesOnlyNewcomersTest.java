package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimit;
import org.junit.jupiter.api.Test;

/**
 * When the instance's table of counts is full ({@code mcp.rateLimit.maxKeys}), only a newcomer is refused: a caller
 * counted in the current or the previous window keeps its place, so somebody who fills the table with new names
 * cannot push out the callers already there and lock them out. Counts idle for longer make room first.
 */
class AFullTableRefusesOnlyNewcomersTest {

    @Test
    void newNamesCannotPushOutACallerCountedInTheLastWindow() {
        try (RateFixture rates = RateFixture.instance(RateLimiter.MAX_KEYS, "2")) {
            RateLimit limit = RateFixture.own(10, "PT10S", McpRateLimit.Scope.CALLER);
            rates.now.set(RateFixture.START + 4_000);
            assertTrue(rates.admits("alice", "quote", limit));
            assertTrue(rates.admits("mallory0", "quote", limit));

            rates.now.set(RateFixture.START + 12_000); // the next window: both counts have ended, both callers are known
            for (int i = 1; i <= 5; i++) {
                assertNotNull(rates.refusal("mallory" + i, "quote", limit), "a newcomer, with the table full");
            }
            assertTrue(rates.admits("mallory0", "quote", limit));
            assertTrue(rates.admits("alice", "quote", limit), "a caller counted in the last window is never locked out");
        }
    }

    @Test
    void countsIdleForAWholeWindowMakeRoom() {
        try (RateFixture rates = RateFixture.instance(RateLimiter.MAX_KEYS, "2")) {
            RateLimit limit = RateFixture.own(10, "PT10S", McpRateLimit.Scope.CALLER);
            rates.now.set(RateFixture.START + 4_000);
            assertTrue(rates.admits("alice", "quote", limit));
            assertTrue(rates.admits("bob", "quote", limit));
            rates.now.set(RateFixture.START + 12_000);
            assertTrue(rates.admits("alice", "quote", limit));

            rates.now.set(RateFixture.START + 21_000); // bob was last counted two windows ago
            assertTrue(rates.admits("carol", "quote", limit), "bob's idle count made room");
            assertTrue(rates.admits("alice", "quote", limit), "alice, counted in the last window, is still there");
            assertNotNull(rates.refusal("bob", "quote", limit), "bob, idle two windows, is a newcomer again while the table is full");
        }
    }
}
