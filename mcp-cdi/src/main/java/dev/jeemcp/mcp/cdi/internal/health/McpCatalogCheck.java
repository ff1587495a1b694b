package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.spi.ReadinessCheck;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@value ReadinessCheck#CATALOG}: the catalog is built. */
@Readiness // see HealthCheckBean: what Payara looks for before it watches for checks
final class McpCatalogCheck extends ReadinessHealthCheck {

    @Override
    String name() {
        return ReadinessCheck.CATALOG;
    }
}
