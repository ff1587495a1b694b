package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.TestRequests;
import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.HandleNotFoundException;
import dev.jeemcp.mcp.handles.NoTenantException;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each source of a tenant has its own namespace, and a caller the configured source gives no tenant is refused:
 * no user name, claim or role can name another source's tenant.
 */
class TenantNamespacesTest {

    /** A bearer token's principal, as MicroProfile JWT gives it: claims read through {@code getClaim}. */
    public static final class TokenPrincipal implements Principal {
        private final String subject;
        private final Map<String, Object> claims;

        TokenPrincipal(String subject, Map<String, Object> claims) {
            this.subject = subject;
            this.claims = claims;
        }

        @Override
        public String getName() {
            return subject;
        }

        public Object getClaim(String name) {
            return claims.get(name);
        }
    }

    private static final Predicate<String> NO_ROLES = role -> false;

    @AfterEach
    void clear() {
        System.clearProperty(DefaultTenantResolver.TENANT_ROLES);
        System.clearProperty(DefaultTenantResolver.TENANT_CLAIM);
        System.clearProperty(DefaultTenantResolver.ANONYMOUS_TENANT);
    }

    private static String tenant(Principal caller, Predicate<String> roles) {
        return new DefaultTenantResolver().tenantOf(caller, roles);
    }

    @Test
    void usersRolesClaimsAndAnonymousHaveTheirOwnPrefixes() {
        assertEquals("user:alice", tenant(() -> "alice", NO_ROLES));
        assertEquals("user:anonymous", tenant(() -> "anonymous", NO_ROLES), "a user named anonymous is not the anonymous tenant");
        System.setProperty(DefaultTenantResolver.ANONYMOUS_TENANT, "true");
        assertEquals(DefaultTenantResolver.ANONYMOUS, tenant(null, NO_ROLES));
        System.setProperty(DefaultTenantResolver.TENANT_ROLES, "tenant-a, tenant-b");
        assertEquals("role:tenant-b", tenant(() -> "bob", Set.of("tenant-b")::contains));
        System.setProperty(DefaultTenantResolver.TENANT_CLAIM, "tenant");
        assertEquals("claim:acme", tenant(new TokenPrincipal("carol", Map.of("tenant", "acme")), NO_ROLES));
    }

    @Test
    void aCallerWithoutATenantRoleIsRefusedNotGivenItsName() {
        System.setProperty(DefaultTenantResolver.TENANT_ROLES, "tenant-a,tenant-b");
        var refused = assertThrows(NoTenantException.class, () -> tenant(() -> "tenant-a", NO_ROLES));
        assertEquals("The caller belongs to no tenant: it has none of the tenant roles", refused.getMessage());
    }

    @Test
    void aTokenWithoutTheClaimOrWithABlankOneIsRefusedNotGivenItsSubject() {
        System.setProperty(DefaultTenantResolver.TENANT_CLAIM, "tenant");
        System.setProperty(DefaultTenantResolver.TENANT_ROLES, "tenant-a");
        assertThrows(NoTenantException.class, () -> tenant(new TokenPrincipal("acme", Map.of()), NO_ROLES));
        assertThrows(NoTenantException.class, () -> tenant(new TokenPrincipal("acme", Map.of("tenant", "  ")), NO_ROLES));
        assertThrows(NoTenantException.class, () -> tenant(() -> "acme", "tenant-a"::equals), "a principal without claims");
    }

    @Test
    void anonymousCallersAreRefusedUnlessTheApplicationOpensTheirTenant() {
        var refused = assertThrows(NoTenantException.class, () -> tenant(null, NO_ROLES));
        assertEquals("Anonymous callers keep no state here: authenticate to use this", refused.getMessage());
        assertThrows(NoTenantException.class, () -> tenant(() -> " ", NO_ROLES), "a blank name is nobody");
    }

    /** The attack of the issue, on the store: users named like a tenant role, or anonymous, see nothing of it. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aUserNamedLikeARoleOrAnonymousCannotReadThatTenantsHandles(Database database) {
        StoreFixture store = StoreFixture.on(database);
        store.withSettings(Map.of(DefaultTenantResolver.ANONYMOUS_TENANT, "true"), () -> {
            Handle<Quote> created = store.as(null, () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of("anonymous"))));
            assertThrows(HandleNotFoundException.class, () -> store.as("anonymous", () -> store.handles().find(created.id(), Quote.class)));
            assertTrue(store.as("anonymous", () -> store.handles().list(Quote.class)).isEmpty());
            return null;
        });
        store.withSettings(Map.of(DefaultTenantResolver.TENANT_ROLES, "tenant-a"), () -> {
            Handle<Quote> tenantA = store.in(TestRequests.caller("alice", "tenant-a"),
                    () -> store.handles().create(new Quote("HOME", BigDecimal.TEN, List.of("tenant A"))));
            assertEquals(List.of("tenant A"), store.in(TestRequests.caller("carol", "tenant-a"),
                    () -> store.handles().find(tenantA.id(), Quote.class)).value().notes(), "colleagues share it");
            assertThrows(NoTenantException.class, () -> store.as("tenant-a", () -> store.handles().find(tenantA.id(), Quote.class)));
            return null;
        });
    }
}
