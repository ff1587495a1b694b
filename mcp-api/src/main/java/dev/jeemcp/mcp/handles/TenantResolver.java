package dev.jeemcp.mcp.handles;

import java.security.Principal;
import java.util.function.Predicate;

/**
 * Decides which tenant a caller belongs to; every handle is stored for, and only visible to, one tenant.
 *
 * <p>The caller comes from container security, never from anything the client sends. The default implementation
 * gives each source its own namespace: {@code claim:<value>} of the claim named by {@code mcp.tenantClaim} when that
 * is set, else {@code role:<role>} for the first of the {@code mcp.tenantRoles} the caller has when those are set,
 * else {@code user:<name>}; {@code anonymous} for callers nobody authenticated, only when {@code mcp.anonymousTenant}
 * is {@code true}. A caller that the configured source gives no tenant is refused, never put in another one. To
 * decide otherwise, provide a CDI bean implementing this interface, annotated {@code @Alternative @Priority(APPLICATION)};
 * give different sources different prefixes, as the default does, so that no caller can name another's tenant.
 *
 * <p>Values longer than 128 characters are stored as their SHA-256, so any length is safe.
 *
 * <p>The answer is asked for at most once per request and kept for the rest of it (every store call of a tool, the
 * rate limit's key): it must depend on the principal and its roles only, never on state that changes within a request.
 */
public interface TenantResolver {

    /**
     * @param caller the authenticated principal, or {@code null} when the request is anonymous
     * @param isCallerInRole whether the container puts the caller in a role
     * @return the tenant, never {@code null}
     * @throws NoTenantException when the caller belongs to no tenant; it then keeps no handles and starts no tasks
     */
    String tenantOf(Principal caller, Predicate<String> isCallerInRole);
}
