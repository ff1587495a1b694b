package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.spi.ReadinessCheck;

/** Readiness {@value ReadinessCheck#TASKS}: the task executor accepts work (UP where no tool runs as a task). */
final class McpTasksCheck extends ReadinessHealthCheck {

    @Override
    String name() {
        return ReadinessCheck.TASKS;
    }
}
