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
 * the current windows.
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
            rates.now.addAndGet(InstanceCounter.PURGE_EVERY_MS); // every window above has ended
            assertTrue(rates.admits("late", "purged", limit));
            assertEquals(1, rates.rows(), "only the live window's row is left");
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
