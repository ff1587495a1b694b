package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A setting the limiter cannot read stops the start with a sentence that names it and shows the expected form. */
class BadRateLimitSettingsFailTest {

    private static String failure(String... settings) {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> RateFixture.instance(settings).close());
        for (int i = 0; i < settings.length; i += 2) {
            System.clearProperty(settings[i]); // the fixture never got to close
        }
        return error.getMessage();
    }

    @Test
    void anUnknownModeFails() {
        String message = failure(RateLimiter.MODE, "cluster");
        assertTrue(message.contains("mcp.rateLimit.mode must be instance, database or off, not \"cluster\""), message);
    }

    @Test
    void aLimitWithoutAWindowFails() {
        String message = failure(RateLimiter.PER_CALLER, "60");
        assertTrue(message.contains("mcp.rateLimit.perCaller must be") && message.contains("such as 60/PT1M"), message);
    }

    @Test
    void aZeroLimitFails() {
        assertTrue(failure(RateLimiter.PER_TENANT, "0/PT1M").contains("mcp.rateLimit.perTenant"));
    }

    @Test
    void aWindowOutsideOneSecondToOneDayFails() {
        assertTrue(failure(RateLimiter.PER_TOOL, "5/PT0.5S").contains("mcp.rateLimit.perTool"));
        assertTrue(failure(RateLimiter.PER_TOOL, "5/P2D").contains("mcp.rateLimit.perTool"));
    }

    @Test
    void aNonNumericBoundFails() {
        assertTrue(failure(RateLimiter.MAX_KEYS, "lots").contains("mcp.rateLimit.maxKeys must be a whole number"));
    }
}
