package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.cdi.internal.fixtures.LimitedTools;
import dev.jeemcp.mcp.internal.FeatureDenied;
import org.junit.jupiter.api.Test;

/**
 * A call the container refuses for lack of a role (answered as an unknown tool) spends no count: the count it took is
 * given back, so a caller without the role can neither spend the limit of those who have it nor, by spending it,
 * bring on the 429 that would tell it the tool exists.
 */
class ACallTheContainerRefusesSpendsNoCountTest {

    @Test
    void refusedCallsGiveTheirCountBack() {
        LimitedTools.Underwriting.RUNS.set(0);
        try (CatalogFixture fixture = new CatalogFixture(LimitedTools.Underwriting.class)) {
            for (int i = 0; i < 5; i++) {
                assertThrows(FeatureDenied.class, () -> fixture.tool("underwrite").call(CatalogFixture.json("{}"),
                        TestRequests.caller("mallory")), "answered as an unknown tool, never 429");
            }
            for (int i = 0; i < 2; i++) {
                assertEquals(false, fixture.tool("underwrite").call(CatalogFixture.json("{}"),
                        TestRequests.caller("uma", "underwriter")).getBoolean("isError"), "the limit is untouched");
            }
            assertThrows(McpRateLimitedException.class, () -> fixture.tool("underwrite").call(CatalogFixture.json("{}"),
                    TestRequests.caller("uma", "underwriter")), "admitted calls still count");
            assertEquals(2, LimitedTools.Underwriting.RUNS.get());
        }
    }
}
