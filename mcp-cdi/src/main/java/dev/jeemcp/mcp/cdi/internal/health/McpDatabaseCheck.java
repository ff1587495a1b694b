package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.spi.ReadinessCheck;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@value ReadinessCheck#DATABASE}: the application's datasource answers within a bound. */
@Readiness // see HealthCheckBean: what Payara looks for before it watches for checks
final class McpDatabaseCheck extends ReadinessHealthCheck {

    @Override
    String name() {
        return ReadinessCheck.DATABASE;
    }
}
