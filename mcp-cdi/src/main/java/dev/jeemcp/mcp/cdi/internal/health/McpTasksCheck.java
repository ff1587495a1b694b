package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.spi.ReadinessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@value ReadinessCheck#TASKS}: the task executor accepts work (UP where no tool runs as a task). */
@Readiness
@ApplicationScoped
public class McpTasksCheck extends ReadinessHealthCheck {

    @Override
    String name() {
        return ReadinessCheck.TASKS;
    }
}
