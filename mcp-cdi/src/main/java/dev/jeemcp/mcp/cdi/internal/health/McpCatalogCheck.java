package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.spi.ReadinessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@value ReadinessCheck#CATALOG}: the catalog is built. */
@Readiness
@ApplicationScoped
public class McpCatalogCheck extends ReadinessHealthCheck {

    @Override
    String name() {
        return ReadinessCheck.CATALOG;
    }
}
