package dev.jeemcp.mcp.handles;

import java.security.Principal;
import java.util.function.Predicate;

/**
 * Decides which tenant a caller belongs to; every handle is stored for, and only visible to, one tenant.
 *
 * <p>The caller comes from container security, never from anything the client sends. The default implementation
 * uses, in order: a {@code tenant} claim of the principal (MicroProfile JWT), the first of the roles listed in the
 * {@code mcp.tenantRoles} setting that the caller has, the principal's name, and {@code anonymous} when nobody is
 * authenticated. To decide otherwise, provide a CDI bean implementing this interface, annotated
 * {@code @Alternative @Priority(APPLICATION)}.
 */
public interface TenantResolver {

    /**
     * @param caller the authenticated principal, or {@code null} when the request is anonymous
     * @param isCallerInRole whether the container puts the caller in a role
     * @return the tenant, never {@code null}
     */
    String tenantOf(Principal caller, Predicate<String> isCallerInRole);
}
