package dev.jeemcp.mcp.cdi.internal.store;

import dev.jeemcp.mcp.internal.telemetry.Telemetry;
import jakarta.enterprise.inject.Instance;
import jakarta.servlet.ServletContext;

/**
 * The application's telemetry for a bean of the library, looked up on first use and kept: a bean is made before the
 * servlet context holds the telemetry the endpoint chose, and a request must not look it up again.
 */
public final class TelemetryOnFirstUse {

    private volatile Telemetry known;

    /** The telemetry the endpoint of {@code context} reports through ({@link StoreSettings#telemetry}). */
    public Telemetry get(Instance<ServletContext> context) {
        Telemetry telemetry = known;
        if (telemetry == null) {
            telemetry = StoreSettings.telemetry(context);
            known = telemetry;
        }
        return telemetry;
    }

    /** For tests: the next use looks it up again. */
    public void forget() {
        known = null;
    }
}
