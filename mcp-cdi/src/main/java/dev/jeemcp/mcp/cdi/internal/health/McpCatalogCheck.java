package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.spi.ReadinessCheck;

/** Readiness {@value ReadinessCheck#CATALOG}: the catalog is built. */
final class McpCatalogCheck extends ReadinessHealthCheck {

    @Override
    String name() {
        return ReadinessCheck.CATALOG;
    }
}
