package dev.jeemcp.mcp.cdi.internal.caller;

import dev.jeemcp.mcp.cdi.internal.store.StoreSettings;
import dev.jeemcp.mcp.handles.NoTenantException;
import dev.jeemcp.mcp.handles.TenantResolver;
import dev.jeemcp.mcp.internal.Claims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The default {@link TenantResolver}. Each source of a tenant has its own namespace, so that no value of one source
 * can name a tenant of another (a user called like a tenant role, or called {@code anonymous}, gets a tenant of
 * their own):
 *
 * <ul>
 *   <li>{@code mcp.tenantClaim} set (e.g. {@code tenant}): {@code claim:<value>} of that claim of the token; a caller
 *       whose principal has no such claim, or a blank one, is refused (never its subject instead);
 *   <li>else {@code mcp.tenantRoles} set: {@code role:<role>}, the first of those roles the caller has; a caller with
 *       none is refused (never its own name instead);
 *   <li>else {@code user:<name>}: every authenticated caller is a tenant of its own;
 *   <li>anonymous callers: {@code anonymous}, only when {@code mcp.anonymousTenant} is {@code true}; refused otherwise.
 * </ul>
 *
 * Refused means {@link NoTenantException}: such a caller keeps no handles and starts no tasks.
 */
@ApplicationScoped
public class DefaultTenantResolver implements TenantResolver {

    public static final String TENANT_CLAIM = "mcp.tenantClaim";
    public static final String TENANT_ROLES = "mcp.tenantRoles";
    public static final String ANONYMOUS_TENANT = "mcp.anonymousTenant";
    /** The tenant of anonymous callers, when the application opens one; no other tenant lacks a {@code :}. */
    public static final String ANONYMOUS = "anonymous";

    @Inject
    Instance<ServletContext> servletContext;

    private volatile Config config;

    private record Config(String claim, List<String> roles, boolean anonymous) {
    }

    @Override
    public String tenantOf(Principal caller, Predicate<String> isCallerInRole) {
        Config settings = config();
        if (caller == null || caller.getName() == null || caller.getName().isBlank()) {
            if (settings.anonymous()) {
                return ANONYMOUS;
            }
            throw new NoTenantException("Anonymous callers keep no state here: authenticate to use this");
        }
        if (!settings.claim().isEmpty()) {
            String claimed = claim(caller, settings.claim());
            if (claimed == null) {
                throw new NoTenantException("The caller's token names no tenant (claim \"" + settings.claim() + "\")");
            }
            return "claim:" + claimed;
        }
        if (!settings.roles().isEmpty()) {
            for (String role : settings.roles()) {
                if (isCallerInRole.test(role)) {
                    return "role:" + role;
                }
            }
            throw new NoTenantException("The caller belongs to no tenant: it has none of the tenant roles");
        }
        return "user:" + caller.getName();
    }

    /** The claim as a non-blank string, read reflectively so that MicroProfile JWT is not a dependency. */
    private static String claim(Principal caller, String name) {
        Object value = Claims.of(caller, name).orElse(null);
        if (value instanceof jakarta.json.JsonString json) {
            value = json.getString();
        }
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    /** For tests: the settings are read again. */
    void forgetSettings() {
        config = null;
    }

    private Config config() {
        Config settings = config;
        if (settings == null) {
            String roles = StoreSettings.get(servletContext, TENANT_ROLES);
            settings = new Config(StoreSettings.get(servletContext, TENANT_CLAIM),
                    Arrays.stream(roles.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList(),
                    Boolean.parseBoolean(StoreSettings.get(servletContext, ANONYMOUS_TENANT)));
            config = settings;
        }
        return settings;
    }
}
