package dev.jeemcp.mcp.cdi.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Probes that hung during a network partition (a JDBC read behind dropped packets blocks until TCP gives up, 15
 * minutes to 2 hours) do not keep the instance "not ready" that long once the database is back: past ten give-up
 * times a given-up probe no longer counts against those waited for, and a new probe finds the database.
 */
class AProbeStuckForLongStopsBlockingNewOnesTest {

    @Test
    void aNewProbeStartsOnceTheStuckOnesHangedForLong() {
        try (ProbeFixture fixture = new ProbeFixture()) {
            AtomicBoolean partition = new AtomicBoolean(true);
            BoundedProbe probe = fixture.probe(() -> partition.get() ? fixture.hang() : true);

            for (int poll = 0; poll < ProbeFixture.MAX_WAITED_FOR; poll++) {
                assertFalse(probe.up());
                fixture.advancePastStuck();
            }
            partition.set(false); // the database is back; three probes still hang
            assertFalse(probe.up(), "three given-up probes are still waited for");
            assertEquals(ProbeFixture.MAX_WAITED_FOR, fixture.threadsStarted.get());

            fixture.advancePastForgotten();
            assertTrue(probe.up(), "the long-stuck probes are forgotten and a new one finds the database");
            assertEquals(ProbeFixture.MAX_WAITED_FOR + 1, fixture.threadsStarted.get());
        }
    }
}
