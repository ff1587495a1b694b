package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.spi.ReadinessCheck;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One check of {@link McpReadiness} as a MicroProfile Health readiness check: its name and UP or DOWN, no data, as
 * {@code /mcp-ready} answers. A check that does not apply here (no datasource, no task tools) is UP: nothing it
 * guards can fail. One class per check; {@link HealthCheckBean} makes each a bean.
 */
abstract class ReadinessHealthCheck implements HealthCheck {

    /** Set by {@link HealthCheckBean} when it makes the check (and by tests). */
    McpReadiness readiness;

    /** This check, asking {@code readiness}: how {@link HealthCheckBean} makes it without injection. */
    ReadinessHealthCheck with(McpReadiness readiness) {
        this.readiness = readiness;
        return this;
    }

    abstract String name();

    @Override
    public HealthCheckResponse call() {
        ReadinessCheck check = readiness.check(name());
        boolean up = check == null || check.up();
        return new HealthCheckResponse(name(), up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.empty());
    }
}
