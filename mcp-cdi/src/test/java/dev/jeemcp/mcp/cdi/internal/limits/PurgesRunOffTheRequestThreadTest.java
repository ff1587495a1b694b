package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The purge of ended windows in {@code MCP_RATE} is handed to the background executor: the call that happens to be
 * due is answered without waiting for a delete over the table.
 */
class PurgesRunOffTheRequestThreadTest {

    @Test
    void theRatePurgeIsHandedToTheExecutor() {
        try (RateFixture rates = RateFixture.database(Database.H2)) {
            rates.clearTable();
            List<Runnable> handed = new ArrayList<>();
            rates.limiter.useExecutor(handed::add);
            RateLimit limit = RateFixture.own(5, "PT1S", McpRateLimit.Scope.CALLER);
            rates.now.set(RateFixture.START + 3_600_000);
            assertTrue(rates.admits("early", "purged", limit));
            handed.clear(); // the purge due at the first call
            rates.now.addAndGet(InstanceCounter.PURGE_EVERY_MS + RateLimiter.PURGE_GRACE_MS);
            assertTrue(rates.admits("due", "purged", limit));
            assertEquals(2, rates.rows(), "the calling thread deleted nothing");
            assertEquals(1, handed.size(), "the purge waits for the executor");
            handed.get(0).run();
            assertEquals(1, rates.rows(), "the executor deleted the ended window");
        }
    }
}
