package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * In database mode a call the container refused gives its count back by a guarded decrement, once however often
 * asked, never below zero, and only in its own window; the instance forgets the window it had seen full.
 */
class ACallTheContainerRefusesSpendsNoCountInTheDatabaseTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCountGivenBackAdmitsAnotherCall(Database database) {
        try (RateFixture rates = RateFixture.database(database)) {
            rates.clearTable();
            RateLimit two = RateFixture.own(2, "PT1M", McpRateLimit.Scope.GLOBAL);
            rates.now.set(RateFixture.START + 7_200_000 + 15_000);
            RateGate.Admission refusedByTheContainer = rates.admission("mallory", "underwrite", two);
            assertTrue(rates.admits("uma", "underwrite", two));
            assertFalse(rates.admits("uma", "underwrite", two), "mallory's call took a count");

            rates.giveBack(refusedByTheContainer);
            rates.giveBack(refusedByTheContainer);
            assertTrue(rates.admits("uma", "underwrite", two), "given back, and forgotten as full");
            assertFalse(rates.admits("uma", "underwrite", two), "given back once only");

            RateGate.Admission late = rates.admission("mallory", "underwrite2", two);
            rates.now.addAndGet(60_000); // the next window
            assertTrue(rates.admits("uma", "underwrite2", two));
            rates.giveBack(late); // its own, ended window: the new one keeps its count
            assertTrue(rates.admits("uma", "underwrite2", two));
            assertFalse(rates.admits("uma", "underwrite2", two));
        }
    }
}
