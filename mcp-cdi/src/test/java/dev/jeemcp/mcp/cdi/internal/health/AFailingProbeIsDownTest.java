package dev.jeemcp.mcp.cdi.internal.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A probe that fails (connection refused, query failed) is "down" at once, and "up" again once it answers. */
class AFailingProbeIsDownTest {

    @Test
    void aFailureIsDownAndARecoveryIsUp() {
        try (ProbeFixture fixture = new ProbeFixture()) {
            AtomicBoolean refused = new AtomicBoolean(true);
            BoundedProbe probe = fixture.probe(() -> {
                if (refused.get()) {
                    throw new SQLException("Connection refused");
                }
                return true;
            });

            assertFalse(probe.up());
            refused.set(false);
            fixture.advance(ProbeFixture.FRESH);
            assertTrue(probe.up());
        }
    }
}
