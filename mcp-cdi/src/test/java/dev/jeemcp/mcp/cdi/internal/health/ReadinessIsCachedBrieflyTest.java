package dev.jeemcp.mcp.cdi.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A balancer polling fast costs the database one query per period: an answer is reused while fresh (a second in
 * production), then asked anew.
 */
class ReadinessIsCachedBrieflyTest {

    @Test
    void pollsWhileTheAnswerIsFreshShareOneQuery() {
        try (ProbeFixture fixture = new ProbeFixture()) {
            BoundedProbe probe = fixture.probe(() -> true);

            Duration pollEvery = ProbeFixture.FRESH.dividedBy(10);
            for (int poll = 0; poll < 10; poll++) {
                assertTrue(probe.up());
                fixture.advance(pollEvery);
            }
            assertEquals(1, fixture.checksAsked.get());

            fixture.advance(ProbeFixture.FRESH);
            assertTrue(probe.up());
            assertEquals(2, fixture.checksAsked.get());
        }
    }
}
