package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each scope has its own count: per caller (a name within its tenant), per tenant (all its callers), global
 * (everyone in every tenant), and the settings' limits over all tools; a tool's limit never spends another tool's count, and a
 * caller never spends another caller's. Anonymous callers share one count: nothing the client chooses makes a key.
 */
class LimitScopesCountIndependentlyTest {

    private static final String[] TENANT_ROLES = {DefaultTenantResolver.TENANT_ROLES, "acme,globex"};

    @Test
    void perCallerCountsEachCallerOfEachTool() {
        try (RateFixture rates = RateFixture.instance(TENANT_ROLES)) {
            RateLimit one = RateFixture.own(1, "PT1M", McpRateLimit.Scope.CALLER);
            assertTrue(rates.admits("alice", "quote", one, "acme"));
            assertFalse(rates.admits("alice", "quote", one, "acme"));
            assertTrue(rates.admits("bob", "quote", one, "acme"), "another caller of the same tenant");
            assertTrue(rates.admits("alice", "bind", one, "acme"), "another tool");
        }
    }

    @Test
    void theSameNameInAnotherTenantIsAnotherCaller() {
        try (RateFixture rates = RateFixture.instance(TENANT_ROLES)) {
            RateLimit one = RateFixture.own(1, "PT1M", McpRateLimit.Scope.CALLER);
            assertTrue(rates.admits("alice", "quote", one, "acme"));
            assertTrue(rates.admits("alice", "quote", one, "globex"));
        }
    }

    @Test
    void perTenantCountsAllCallersOfATenant() {
        try (RateFixture rates = RateFixture.instance(TENANT_ROLES)) {
            RateLimit two = RateFixture.own(2, "PT1M", McpRateLimit.Scope.TENANT);
            assertTrue(rates.admits("alice", "quote", two, "acme"));
            assertTrue(rates.admits("bob", "quote", two, "acme"));
            assertFalse(rates.admits("carol", "quote", two, "acme"), "the tenant's third call");
            assertTrue(rates.admits("dave", "quote", two, "globex"), "another tenant");
        }
    }

    @Test
    void globalCountsEveryoneOfEveryTenant() {
        try (RateFixture rates = RateFixture.instance(TENANT_ROLES)) {
            RateLimit two = RateFixture.own(2, "PT1M", McpRateLimit.Scope.GLOBAL);
            assertTrue(rates.admits("alice", "quote", two, "acme"));
            assertTrue(rates.admits("dave", "quote", two, "globex"));
            assertFalse(rates.admits("erin", "quote", two, "globex"));
            assertTrue(rates.admits("erin", "bind", two, "globex"), "another tool");
        }
    }

    @Test
    void theSettingsLimitsSpanAllToolsAndAddToTheToolsOwn() {
        try (RateFixture rates = RateFixture.instance(TENANT_ROLES[0], TENANT_ROLES[1],
                RateLimiter.PER_CALLER, "2/PT1M", RateLimiter.PER_TENANT, "3/PT1H")) {
            assertTrue(rates.admits("alice", "quote", null, "acme"));
            assertTrue(rates.admits("alice", "bind", null, "acme"));
            assertFalse(rates.admits("alice", "renew", null, "acme"), "the caller's third call, of any tool");
            assertTrue(rates.admits("bob", "quote", null, "acme"), "the tenant's third admitted call");
            assertFalse(rates.admits("carol", "quote", null, "acme"), "the tenant's fourth");
            assertTrue(rates.admits("dave", "quote", null, "globex"));
        }
    }

    @Test
    void aToolsOwnSettingReplacesThePerToolSetting() {
        try (RateFixture rates = RateFixture.instance(TENANT_ROLES[0], TENANT_ROLES[1],
                RateLimiter.PER_TOOL, "1/PT1M", RateLimiter.TOOL_PREFIX + "quote", "3/PT1M")) {
            Map<String, RateLimit> tools = new HashMap<>();
            tools.put("quote", null);
            tools.put("bind", null);
            rates.tools(tools);
            assertTrue(rates.admits("alice", "bind", null, "acme"));
            assertFalse(rates.admits("bob", "bind", null, "acme"), "perTool: 1 for each tenant");
            for (int i = 0; i < 3; i++) {
                assertTrue(rates.admits("user" + i, "quote", null, "acme"));
            }
            assertFalse(rates.admits("alice", "quote", null, "acme"));
        }
    }

    @Test
    void anonymousCallersShareOneCount() {
        try (RateFixture rates = RateFixture.instance()) {
            RateLimit one = RateFixture.own(1, "PT1M", McpRateLimit.Scope.CALLER);
            assertTrue(rates.admits(null, "quote", one));
            assertFalse(rates.admits(null, "quote", one));
        }
    }

    @Test
    void aRefusedCallSpendsNoOtherCount() {
        try (RateFixture rates = RateFixture.instance(RateLimiter.PER_CALLER, "5/PT1M")) {
            RateLimit one = RateFixture.own(1, "PT1M", McpRateLimit.Scope.GLOBAL);
            assertTrue(rates.admits("alice", "quote", one));
            for (int i = 0; i < 10; i++) {
                assertFalse(rates.admits("alice", "quote", one), "refused by the tool's own limit");
            }
            for (int i = 0; i < 4; i++) {
                assertTrue(rates.admits("alice", "bind", null), "the caller's count still has room: call " + (i + 2) + " of 5");
            }
            assertFalse(rates.admits("alice", "bind", null));
        }
    }
}
