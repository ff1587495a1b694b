package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A tool's limit from the settings ({@code mcp.rateLimit.perTool}, {@code mcp.rateLimit.tool.<name>}) is counted per
 * tenant: one tenant spending it leaves every other tenant's count untouched. Only a value that says so
 * ({@code /global}) makes one count for everyone. Keys never collide, whatever separators tenant, caller and tool
 * names hold.
 */
class PerToolLimitsCountPerTenantTest {

    private static final String[] TENANTS = {DefaultTenantResolver.TENANT_ROLES, "acme,globex"};

    @Test
    void oneTenantCannotSpendAnotherTenantsPerToolLimit() {
        try (RateFixture rates = RateFixture.instance(TENANTS[0], TENANTS[1], RateLimiter.PER_TOOL, "2/PT1M")) {
            assertTrue(rates.admits("mallory", "quote", null, "acme"));
            assertTrue(rates.admits("mallory", "quote", null, "acme"));
            assertFalse(rates.admits("alice", "quote", null, "acme"), "acme's count is spent, by all its callers");
            assertTrue(rates.admits("dave", "quote", null, "globex"), "globex has a count of its own");
        }
    }

    @Test
    void aToolsOwnSettingCountsPerTenantToo() {
        try (RateFixture rates = RateFixture.instance(TENANTS[0], TENANTS[1], RateLimiter.TOOL_PREFIX + "quote", "1/PT1M")) {
            Map<String, RateLimit> tools = new HashMap<>();
            tools.put("quote", null);
            rates.tools(tools);
            assertTrue(rates.admits("mallory", "quote", null, "acme"));
            assertFalse(rates.admits("mallory", "quote", null, "acme"));
            assertTrue(rates.admits("dave", "quote", null, "globex"));
        }
    }

    @Test
    void aGlobalLimitIsAskedForExplicitly() {
        try (RateFixture rates = RateFixture.instance(TENANTS[0], TENANTS[1], RateLimiter.PER_TOOL, "2/PT1M/global")) {
            assertTrue(rates.admits("mallory", "quote", null, "acme"));
            assertTrue(rates.admits("dave", "quote", null, "globex"));
            assertFalse(rates.admits("erin", "quote", null, "globex"), "one count for every tenant");
        }
    }

    @Test
    void aPerToolSettingMayCountPerCaller() {
        try (RateFixture rates = RateFixture.instance(TENANTS[0], TENANTS[1], RateLimiter.PER_TOOL, "1/PT1M/caller")) {
            assertTrue(rates.admits("mallory", "quote", null, "acme"));
            assertFalse(rates.admits("mallory", "quote", null, "acme"));
            assertTrue(rates.admits("alice", "quote", null, "acme"));
        }
    }

    @Test
    void namesWithSeparatorsNeverShareAKey() {
        List<String> names = List.of("", "a", "b", "|", "a|", "|a", "1:a", "a|1:b", "b|1:c", "a@1", "@", ":", "1:|",
                "sha256:x", "x".repeat(200), "x".repeat(201));
        RateLimit caller = RateFixture.own(1, "PT1M", McpRateLimit.Scope.CALLER);
        Set<String> keys = new HashSet<>();
        int made = 0;
        for (String tool : List.of("quote", "quote|", "q")) {
            for (String tenant : names) {
                for (String name : names) {
                    keys.add(caller.key(tool, new Caller(name, tenant)));
                    made++;
                }
            }
        }
        assertTrue(keys.size() == made, (made - keys.size()) + " keys collided");
        RateLimit tenantScope = RateFixture.own(1, "PT1M", McpRateLimit.Scope.TENANT);
        assertNotEquals(tenantScope.key("quote", new Caller("", "acme")), caller.key("quote", new Caller("", "acme")),
                "another scope is another count");
        assertTrue(keys.stream().allMatch(key -> key.length() <= 128), "every key fits its column");
    }
}
