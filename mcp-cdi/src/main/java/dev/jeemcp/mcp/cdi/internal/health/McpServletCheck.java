package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.internal.EndpointState;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness {@value #NAME}: the MCP servlet is up (started, not destroyed), or the application switched the endpoint
 * off ({@code mcp.enabled=false}) and has nothing of ours to keep alive. Nothing slower is asked: a liveness check
 * that failed with the database would have the orchestrator restart every instance during a database outage.
 */
@Liveness // see HealthCheckBean: what Payara looks for before it watches for checks
final class McpServletCheck implements HealthCheck {

    static final String NAME = "mcp-servlet";

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(NAME, EndpointState.alive() || EndpointState.isSwitchedOff() ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.empty());
    }
}
