package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import org.junit.jupiter.api.Test;

/**
 * A tenant-scoped limit counts an authenticated caller the tenant resolver places in no tenant under its own name, in
 * a namespace no tenant and no anonymous caller can reach: two such users never share a count, a user named
 * {@code anonymous} is not the anonymous callers, and all anonymous callers (who cannot be told apart) share one.
 */
class CallersWithoutATenantAreCountedApartTest {

    @Test
    void eachAuthenticatedCallerWithoutATenantHasItsOwnCount() {
        try (RateFixture rates = RateFixture.instance(RateLimiter.PER_TENANT, "1/PT1M",
                DefaultTenantResolver.TENANT_ROLES, "insurer")) {
            rates.now.set(RateFixture.START + 1_000);
            assertTrue(rates.admits("alice", "quote", null), "alice has no tenant role");
            assertTrue(rates.admits("bob", "quote", null), "neither has bob, and alice's count is not his");
            assertFalse(rates.admits("alice", "quote", null), "alice's own count is spent");

            assertTrue(rates.admits("carol", "quote", null, "insurer"));
            assertFalse(rates.admits("dave", "quote", null, "insurer"), "a real tenant still shares its count");
        }
    }

    @Test
    void aUserNamedAnonymousIsNotTheAnonymousCallers() {
        try (RateFixture rates = RateFixture.instance(RateLimiter.PER_TENANT, "1/PT1M",
                DefaultTenantResolver.TENANT_ROLES, "insurer")) {
            rates.now.set(RateFixture.START + 1_000);
            assertTrue(rates.admits(null, "quote", null));
            assertFalse(rates.admits(null, "quote", null), "anonymous callers cannot be told apart: one count");
            assertTrue(rates.admits(DefaultTenantResolver.ANONYMOUS, "quote", null), "a principal named anonymous counts apart");
        }
    }
}
