package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import org.junit.jupiter.api.Test;

/**
 * In database mode, a window this instance has seen full is remembered until it ends: a flood of refused calls is
 * answered from memory, with no statement sent to the database, and the window's end brings the database back in.
 * A window never empties before its end (counts only grow), so remembering it refuses nothing the database would admit.
 */
class RefusedCallsSpareTheDatabaseTest {

    @Test
    void aWindowKnownFullIsRefusedWithoutAStatement() {
        try (RateFixture rates = RateFixture.database(Database.H2)) {
            rates.clearTable();
            RateLimit two = RateFixture.own(2, "PT1M", McpRateLimit.Scope.CALLER);
            rates.now.set(RateFixture.START + 7_200_000 + 15_000); // past the fixture's purges, a quarter into a window
            assertTrue(rates.admits("mallory", "quote", two));
            assertTrue(rates.admits("mallory", "quote", two));
            assertNotNull(rates.refusal("mallory", "quote", two), "the database says the window is full");

            long before = rates.statements();
            for (int i = 0; i < 50; i++) {
                rates.now.set(RateFixture.START + 7_200_000 + 15_000 + i * 100);
                assertEquals(45_000 - i * 100, rates.refusal("mallory", "quote", two).retryAfterMillis(), "until the window ends");
            }
            assertEquals(before, rates.statements(), "50 refusals, not one statement");

            assertTrue(rates.admits("alice", "quote", two), "another caller's window is not full");
            rates.now.set(RateFixture.START + 7_200_000 + 60_000);
            assertTrue(rates.admits("mallory", "quote", two), "the next window is counted in the database again");
        }
    }

    @Test
    void theMemoryOfFullWindowsIsBounded() {
        try (RateFixture rates = RateFixture.database(Database.H2, RateLimiter.MAX_KEYS, "3")) {
            rates.clearTable();
            RateLimit one = RateFixture.own(1, "PT1M", McpRateLimit.Scope.CALLER);
            rates.now.set(RateFixture.START + 7_200_000 + 15_000);
            for (int i = 0; i < 10; i++) {
                assertTrue(rates.admits("caller" + i, "quote", one));
                assertNotNull(rates.refusal("caller" + i, "quote", one));
            }
            assertEquals(3, rates.limiter.fullWindows().size(), "at most mcp.rateLimit.maxKeys windows remembered");
            assertNotNull(rates.refusal("caller9", "quote", one), "a window not remembered is refused by the database");

            rates.now.set(RateFixture.START + 7_200_000 + 60_000); // the remembered windows have ended
            for (int i = 10; i < 13; i++) {
                assertTrue(rates.admits("caller" + i, "quote", one));
                assertNotNull(rates.refusal("caller" + i, "quote", one));
            }
            assertEquals(3, rates.limiter.fullWindows().size(), "ended windows made room for new ones");
            long before = rates.statements();
            assertNotNull(rates.refusal("caller12", "quote", one));
            assertEquals(before, rates.statements(), "the new ones are remembered");
        }
    }
}
