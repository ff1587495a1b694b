package dev.jeemcp.mcp.handles.internal;

import dev.jeemcp.mcp.cdi.internal.CurrentRequest;
import dev.jeemcp.mcp.handles.TenantResolver;
import dev.jeemcp.mcp.server.McpRequest;
import jakarta.enterprise.inject.Instance;
import java.security.Principal;
import java.util.Optional;

/**
 * Who owns what is stored: the caller's name and tenant.
 *
 * @param name the principal's name, or {@code anonymous}
 * @param tenant what the {@link TenantResolver} made of the principal
 */
public record Caller(String name, String tenant) {

    /**
     * A request whose caller was settled earlier, when it was made: a task that runs after the HTTP request that
     * started it has ended, when the caller's roles can no longer be asked.
     */
    public interface Bound {
        Caller boundCaller();
    }

    /** The caller of the MCP request this thread serves, else the container's principal for this thread. */
    static Caller current(Instance<TenantResolver> resolvers, Instance<Principal> principals) {
        Optional<McpRequest> request = CurrentRequest.get();
        if (request.isPresent() && request.get() instanceof Bound bound) {
            return bound.boundCaller();
        }
        TenantResolver resolver = ApplicationBeans.get(TenantResolver.class, resolvers);
        if (request.isPresent()) {
            Principal principal = request.get().caller().orElse(null);
            return new Caller(principal == null ? DefaultTenantResolver.ANONYMOUS : principal.getName(),
                    resolver.tenantOf(principal, request.get()::isCallerInRole));
        }
        Principal principal = principals.isResolvable() ? principals.get() : null;
        if (principal != null && principal.getName() == null) {
            principal = null;
        }
        Principal known = principal;
        return new Caller(known == null ? DefaultTenantResolver.ANONYMOUS : known.getName(),
                resolver.tenantOf(known, role -> false));
    }
}
