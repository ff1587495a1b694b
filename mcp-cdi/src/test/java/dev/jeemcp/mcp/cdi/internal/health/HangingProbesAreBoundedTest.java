package dev.jeemcp.mcp.cdi.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** However long the database hangs and however often the balancer asks, at most three probes ever hang at once. */
class HangingProbesAreBoundedTest {

    @Test
    void atMostThreeProbesHang() {
        try (ProbeFixture fixture = new ProbeFixture()) {
            BoundedProbe probe = fixture.probe(fixture::hang);

            for (int poll = 0; poll < 20; poll++) {
                assertFalse(probe.up());
                fixture.advancePastStuck();
            }

            assertEquals(3, fixture.threadsStarted.get(), "threads started");
            assertEquals(3, probe.running(), "threads hanging");
        }
    }
}
