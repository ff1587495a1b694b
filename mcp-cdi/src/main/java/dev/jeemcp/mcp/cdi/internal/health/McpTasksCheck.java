package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.spi.ReadinessCheck;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@value ReadinessCheck#TASKS}: the task executor accepts work (UP where no tool runs as a task). */
@Readiness // see HealthCheckBean: what Payara looks for before it watches for checks
final class McpTasksCheck extends ReadinessHealthCheck {

    @Override
    String name() {
        return ReadinessCheck.TASKS;
    }
}
