package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.spi.ReadinessCheck;

/** Readiness {@value ReadinessCheck#DATABASE}: the application's datasource answers within a bound. */
final class McpDatabaseCheck extends ReadinessHealthCheck {

    @Override
    String name() {
        return ReadinessCheck.DATABASE;
    }
}
