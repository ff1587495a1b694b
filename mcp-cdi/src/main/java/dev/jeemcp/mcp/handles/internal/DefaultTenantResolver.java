package dev.jeemcp.mcp.handles.internal;

import dev.jeemcp.mcp.handles.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** The default {@link TenantResolver}: a tenant claim, else a tenant role, else the caller's own name. */
@ApplicationScoped
public class DefaultTenantResolver implements TenantResolver {

    static final String TENANT_ROLES = "mcp.tenantRoles";
    static final String ANONYMOUS = "anonymous";

    @Inject
    Instance<ServletContext> servletContext;

    private volatile List<String> tenantRoles;

    @Override
    public String tenantOf(Principal caller, Predicate<String> isCallerInRole) {
        if (caller == null) {
            return ANONYMOUS;
        }
        String claimed = claim(caller);
        if (claimed != null) {
            return claimed;
        }
        for (String role : tenantRoles()) {
            if (isCallerInRole.test(role)) {
                return role;
            }
        }
        return caller.getName();
    }

    /** A {@code tenant} claim, read reflectively so that MicroProfile JWT is not a dependency. */
    private static String claim(Principal caller) {
        try {
            Method getClaim = caller.getClass().getMethod("getClaim", String.class);
            Object value = getClaim.invoke(caller, "tenant");
            if (value instanceof jakarta.json.JsonString json) {
                return json.getString();
            }
            return value instanceof String text && !text.isBlank() ? text : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private List<String> tenantRoles() {
        List<String> roles = tenantRoles;
        if (roles == null) {
            String setting = null;
            if (servletContext != null && servletContext.isResolvable()) {
                setting = servletContext.get().getInitParameter(TENANT_ROLES);
            }
            if (setting == null) {
                setting = System.getProperty(TENANT_ROLES, "");
            }
            roles = Arrays.stream(setting.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
            tenantRoles = roles;
        }
        return roles;
    }
}
