package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.spi.ReadinessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@value ReadinessCheck#DATABASE}: the application's datasource answers within a bound. */
@Readiness
@ApplicationScoped
public class McpDatabaseCheck extends ReadinessHealthCheck {

    @Override
    String name() {
        return ReadinessCheck.DATABASE;
    }
}
