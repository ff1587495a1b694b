package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.cdi.internal.fixtures.LimitedTools;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A tool's {@code @McpRateLimit} holds for calls through the catalog: calls with invalid arguments are answered as
 * before and count nothing, valid ones count, and the one over the limit is refused before the method runs. A limit
 * that cannot be stops the deployment with a sentence naming the method.
 */
class ToolCallsAreRateLimitedTest {

    @Test
    void theCallOverTheLimitIsRefusedBeforeTheMethodRuns() {
        LimitedTools.Quotes.RUNS.set(0);
        try (CatalogFixture fixture = new CatalogFixture(LimitedTools.Quotes.class)) {
            for (int i = 0; i < 5; i++) {
                JsonObject invalid = fixture.call("quote", "{\"age\":12}");
                assertTrue(invalid.getBoolean("isError"), "a Bean Validation failure is still an isError result");
            }
            assertEquals(false, fixture.call("quote", "{\"age\":40}").getBoolean("isError"));
            assertEquals(false, fixture.call("quote", "{\"age\":41}").getBoolean("isError"));
            McpRateLimitedException refused = assertThrows(McpRateLimitedException.class,
                    () -> fixture.call("quote", "{\"age\":42}"));
            assertTrue(refused.retryAfterMillis() > 0 && refused.retryAfterMillis() <= 3_600_000);
            assertEquals(2, LimitedTools.Quotes.RUNS.get(), "the refused call never reached the method");
        }
    }

    @Test
    void modeOffAdmitsEverything() {
        System.setProperty("mcp.rateLimit.mode", "off");
        try (CatalogFixture fixture = new CatalogFixture(LimitedTools.Quotes.class)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(false, fixture.call("quote", "{\"age\":40}").getBoolean("isError"));
            }
        } finally {
            System.clearProperty("mcp.rateLimit.mode");
        }
    }

    private static String failure(Class<?> bean) {
        DefinitionException error = assertThrows(DefinitionException.class, () -> Containers.boot(bean).close());
        return String.valueOf(error.getMessage()) + " " + (error.getCause() == null ? "" : error.getCause().getMessage());
    }

    @Test
    void aLimitOfNoCallsFailsNamingTheMethod() {
        String message = failure(LimitedTools.NoCalls.class);
        assertTrue(message.contains("LimitedTools$NoCalls.never()") && message.contains("must admit at least 1 call"), message);
    }

    @Test
    void aWindowUnderASecondFailsNamingTheMethod() {
        String message = failure(LimitedTools.HalfSecond.class);
        assertTrue(message.contains("LimitedTools$HalfSecond.fast()") && message.contains("PT1S to P1D"), message);
    }

    @Test
    void aWindowThatIsNoDurationFailsNamingTheMethod() {
        String message = failure(LimitedTools.NotADuration.class);
        assertTrue(message.contains("LimitedTools$NotADuration.vague()") && message.contains("\"1 minute\""), message);
    }
}
