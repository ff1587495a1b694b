package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import org.junit.jupiter.api.Test;

/**
 * A refusal is "news" (written to {@code MCP_AUDIT}) once per window per instance, and a flood writes nothing more,
 * also where the instance cannot tell one window from another: newcomers refused because the table of counts is full
 * (instance mode), and windows refused by the database when the memory of full windows has no room (database mode)
 * are news at most once per warning interval, however many callers and calls.
 */
class AFloodOfRefusalsIsNewsOncePerIntervalTest {

    private static int news(RateFixture rates, String user, RateLimit limit) {
        RateGate.Refused refused = (RateGate.Refused) rates.refusal(user, "quote", limit);
        assertTrue(refused != null, user + " is refused");
        return refused.known() ? 0 : 1;
    }

    @Test
    void newcomersRefusedByAFullTableAreNewsOncePerInterval() {
        try (RateFixture rates = RateFixture.instance(RateLimiter.MAX_KEYS, "1")) {
            RateLimit limit = RateFixture.own(100, "PT10S", McpRateLimit.Scope.CALLER);
            rates.now.set(RateFixture.START + 4_000);
            assertTrue(rates.admits("alice", "quote", limit));
            int news = 0;
            for (int i = 0; i < 50; i++) {
                news += news(rates, "mallory" + i, limit); // never counted, so newcomers every time
            }
            assertEquals(1, news, "a flood of newcomers is one row");

            rates.now.set(RateFixture.START + 55_000);
            assertTrue(rates.admits("alice", "quote", limit)); // alice keeps the table full
            rates.now.set(RateFixture.START + 4_000 + InstanceCounter.PURGE_EVERY_MS);
            news = 0;
            for (int i = 0; i < 50; i++) {
                news += news(rates, "mallory" + i, limit);
            }
            assertEquals(1, news, "one more row in the next interval");
        }
    }

    @Test
    void windowsTheMemoryHasNoRoomForAreNewsOncePerInterval() {
        try (RateFixture rates = RateFixture.database(Database.H2, RateLimiter.MAX_KEYS, "1")) {
            rates.clearTable();
            RateLimit one = RateFixture.own(1, "PT1M", McpRateLimit.Scope.CALLER);
            rates.now.set(RateFixture.START + 7_200_000 + 15_000);
            assertTrue(rates.admits("caller0", "quote", one));
            assertEquals(1, news(rates, "caller0", one), "the first refusal of a window is news");
            assertEquals(0, news(rates, "caller0", one), "remembered: known");
            int news = 0;
            for (int c = 1; c <= 5; c++) {
                assertTrue(rates.admits("caller" + c, "quote", one));
                for (int i = 0; i < 10; i++) {
                    news += news(rates, "caller" + c, one); // not remembered: the database refuses each
                }
            }
            assertEquals(1, news, "windows not remembered are news once per interval, not once per call");
        }
    }
}
