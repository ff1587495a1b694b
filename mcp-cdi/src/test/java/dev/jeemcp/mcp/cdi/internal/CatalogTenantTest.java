package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.fixtures.PricingTools;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The catalog tells the servlet the caller's tenant as the handle store keeps it (the library's default resolver,
 * which the extension deploys), so that a requestState is bound to it; a caller the resolver gives no tenant has
 * none: never an exception, never another caller's.
 */
class CatalogTenantTest {

    @Test
    void theTenantIsTheResolversInStoredFormAndNoneForACallerWithout() {
        try (CatalogFixture fixture = new CatalogFixture(PricingTools.class)) {
            assertEquals(Optional.of("user:bob"), fixture.catalog.tenantOf(TestRequests.caller("bob")));
            assertEquals(Optional.empty(), fixture.catalog.tenantOf(TestRequests.caller(null)), "anonymous: refused by default");
        }
    }
}
