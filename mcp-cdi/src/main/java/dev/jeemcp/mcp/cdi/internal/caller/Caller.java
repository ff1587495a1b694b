package dev.jeemcp.mcp.cdi.internal.caller;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.store.StoredKey;
import dev.jeemcp.mcp.handles.NoTenantException;
import dev.jeemcp.mcp.handles.TenantResolver;
import jakarta.enterprise.inject.Instance;
import java.security.Principal;
import java.util.Optional;

/**
 * Who owns what is stored: the caller's name and tenant, both in their {@linkplain StoredKey stored form} (at most
 * 128 characters as they are, else a SHA-256), which is what the {@code OWNER} and {@code TENANT} columns hold and
 * what every query compares. Make one with {@link #of}; the constructor takes values already in stored form (read
 * from a row).
 *
 * @param name the principal's name, or {@code anonymous}, in stored form
 * @param tenant what the {@link TenantResolver} made of the principal, in stored form
 */
public record Caller(String name, String tenant) {

    /** The caller with that principal name and tenant, as they are stored. */
    public static Caller of(String principalName, String tenant) {
        if (tenant == null) {
            throw new IllegalStateException("The TenantResolver gave no tenant for " + principalName);
        }
        return new Caller(StoredKey.of(principalName), StoredKey.of(tenant));
    }

    /**
     * A request whose caller was settled earlier, when it was made: a task that runs after the HTTP request that
     * started it has ended, when the caller's roles can no longer be asked.
     */
    public interface Bound {
        Caller boundCaller();
    }

    /**
     * The tenant of that request's caller in stored form, or empty when it belongs to none (or no resolver is
     * deployed): what a sealed {@code requestState} is bound to besides the caller's name.
     */
    public static Optional<String> tenantOf(McpRequest request, Instance<TenantResolver> resolvers) {
        TenantResolver resolver = ApplicationBeans.get(TenantResolver.class, resolvers);
        if (resolver == null) {
            return Optional.empty();
        }
        Principal principal = request.caller().filter(p -> p.getName() != null && !p.getName().isBlank()).orElse(null);
        try {
            String tenant = resolver.tenantOf(principal, request::isCallerInRole);
            return Optional.ofNullable(tenant).map(StoredKey::of);
        } catch (NoTenantException e) {
            return Optional.empty();
        }
    }

    /**
     * The caller of the MCP request this thread serves. There is no guess without one: the container's principal
     * alone has no roles to resolve a tenant from (tenants may come from roles), so it could land in another tenant.
     *
     * @throws IllegalStateException outside an MCP request (a tool, prompt, resource, completion or task run)
     */
    public static Caller current(Instance<TenantResolver> resolvers) {
        McpRequest request = CurrentRequest.get().orElseThrow(() -> new IllegalStateException(
                "Handles and tasks are scoped to the caller of an MCP request, and this thread serves none: use them from"
                        + " a tool, prompt, resource or completion method"));
        if (request instanceof Bound bound) {
            return bound.boundCaller();
        }
        // The principal and its roles cannot change within a request: resolved once, not for each store call.
        return CurrentRequest.remembered(Caller.class, () -> resolve(request, resolvers));
    }

    private static Caller resolve(McpRequest request, Instance<TenantResolver> resolvers) {
        TenantResolver resolver = ApplicationBeans.get(TenantResolver.class, resolvers);
        Principal principal = request.caller().filter(p -> p.getName() != null && !p.getName().isBlank()).orElse(null);
        return of(principal == null ? DefaultTenantResolver.ANONYMOUS : principal.getName(),
                resolver.tenantOf(principal, request::isCallerInRole));
    }
}
