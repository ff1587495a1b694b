package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Counts are kept for live windows only: the rows (database) and entries (instance) of ended windows are deleted by
 * the purge that runs at most once a minute per instance, so the table and the map stay bounded by the callers of
 * the current windows. A row is kept for a grace after its window ends, so that an instance whose clock runs ahead
 * does not delete a window the others still count in.
 */
class EndedWindowsArePurgedTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void theRowsOfEndedWindowsAreDeleted(Database database) {
        try (RateFixture rates = RateFixture.database(database)) {
            rates.clearTable();
            RateLimit limit = RateFixture.own(5, "PT1S", McpRateLimit.Scope.CALLER);
            rates.now.set(RateFixture.START + 3_600_000); // the fixture's first purge ran at START
            for (int i = 0; i < 20; i++) {
                assertTrue(rates.admits("caller" + i, "purged", limit));
            }
            assertEquals(20, rates.rows(), "one row per caller and window");
            rates.now.addAndGet(InstanceCounter.PURGE_EVERY_MS); // every window above has ended, within the grace
            assertTrue(rates.admits("late", "purged", limit));
            assertEquals(21, rates.rows(), "a window that ended less than the grace ago is kept (clocks differ)");
            rates.now.addAndGet(RateLimiter.PURGE_GRACE_MS); // the next purge: those ended longer than the grace ago
            assertTrue(rates.admits("later", "purged", limit));
            assertEquals(2, rates.rows(), "only the rows of windows that ended within the grace are left");
        }
    }

    @Test
    void theEntriesOfEndedWindowsAreDropped() {
        try (RateFixture rates = RateFixture.instance()) {
            RateLimit limit = RateFixture.own(5, "PT1S", McpRateLimit.Scope.CALLER);
            rates.now.set(RateFixture.START + 3_600_000);
            for (int i = 0; i < 20; i++) {
                assertTrue(rates.admits("caller" + i, "purged", limit));
            }
            assertEquals(20, rates.limiter.instanceCounter().size());
            rates.now.addAndGet(InstanceCounter.PURGE_EVERY_MS);
            assertTrue(rates.admits("late", "purged", limit));
            assertEquals(1, rates.limiter.instanceCounter().size());
        }
    }
}
