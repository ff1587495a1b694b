package dev.jeemcp.mcp.cdi.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A probe that hung while the database was away (a JDBC connect or read that never returns) does not keep the
 * instance "not ready" once the database is back: past a few bounds it is given up and a new probe asks again.
 */
class AStuckProbeIsGivenUpTest {

    @Test
    void aNewProbeAsksOnceTheStuckOneIsPastItsBounds() {
        try (ProbeFixture fixture = new ProbeFixture()) {
            AtomicBoolean outage = new AtomicBoolean(true);
            BoundedProbe probe = fixture.probe(() -> outage.get() ? fixture.hang() : true);

            assertFalse(probe.up(), "a probe that does not answer within its bound is down");
            outage.set(false); // the database is back, but the first probe still hangs

            fixture.advancePastStuck();
            assertTrue(probe.up(), "the stuck probe is given up and a new one finds the database");
        }
    }

    @Test
    void aProbeWithinItsBoundsIsWaitedForRatherThanReplaced() {
        try (ProbeFixture fixture = new ProbeFixture()) {
            BoundedProbe probe = fixture.probe(fixture::hang);

            assertFalse(probe.up());
            fixture.advance(ProbeFixture.FRESH.plus(ProbeFixture.BOUND)); // stale answer, but not yet stuck
            assertFalse(probe.up());

            assertEquals(1, fixture.threadsStarted.get(), "one slow probe, not one per poll");
        }
    }
}
