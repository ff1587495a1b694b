package dev.jeemcp.mcp.cdi.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * However long the database hangs and however often the balancer asks, at most three given-up probes are waited for
 * at once, and at most ten ever hang, forgotten ones included.
 */
class HangingProbesAreBoundedTest {

    @Test
    void atMostThreeGivenUpProbesAreWaitedFor() {
        try (ProbeFixture fixture = new ProbeFixture()) {
            BoundedProbe probe = fixture.probe(fixture::hang);

            for (int poll = 0; poll < ProbeFixture.MAX_WAITED_FOR + 1; poll++) {
                assertFalse(probe.up());
                fixture.advancePastStuck();
            }
            for (int poll = 0; poll < 5; poll++) { // stuck, but not stuck for long: no new probe
                assertFalse(probe.up());
                fixture.advance(ProbeFixture.FRESH);
            }

            assertEquals(ProbeFixture.MAX_WAITED_FOR, fixture.threadsStarted.get(), "threads started");
            assertEquals(ProbeFixture.MAX_WAITED_FOR, probe.running(), "threads hanging");
        }
    }

    @Test
    void atMostTenProbesEverHang() {
        try (ProbeFixture fixture = new ProbeFixture()) {
            BoundedProbe probe = fixture.probe(fixture::hang);

            for (int poll = 0; poll < 40; poll++) {
                assertFalse(probe.up());
                fixture.advancePastStuck();
                assertFalse(probe.up());
                fixture.advancePastForgotten();
            }

            assertEquals(ProbeFixture.MAX_HANGING, fixture.threadsStarted.get(), "threads started");
            assertEquals(ProbeFixture.MAX_HANGING, probe.running(), "threads hanging");
        }
    }
}
