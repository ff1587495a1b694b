package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.internal.ServletLiveness;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness {@value #NAME}: the MCP servlet is up (started, not destroyed). Nothing slower is asked: a liveness check
 * that failed with the database would have the orchestrator restart every instance during a database outage.
 */
@Liveness
@ApplicationScoped
public class McpServletCheck implements HealthCheck {

    static final String NAME = "mcp-servlet";

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(NAME, ServletLiveness.alive() ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.empty());
    }
}
