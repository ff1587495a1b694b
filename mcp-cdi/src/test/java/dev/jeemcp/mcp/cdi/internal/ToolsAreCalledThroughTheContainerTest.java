package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.fixtures.CountingInterceptor;
import dev.jeemcp.mcp.cdi.internal.fixtures.PricingTools;
import dev.jeemcp.mcp.cdi.internal.fixtures.ScopedTools;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls go to the contextual reference, so interceptors run and @Dependent instances are destroyed after use. */
class ToolsAreCalledThroughTheContainerTest {

    @Test
    void interceptorsSeeEveryCall() {
        try (var fixture = new CatalogFixture(PricingTools.class, ScopedTools.class)) {
            int before = CountingInterceptor.CALLS.get();
            fixture.call("covers", "{}");
            fixture.call("covers", "{}");
            assertEquals(before + 2, CountingInterceptor.CALLS.get());
        }
    }

    @Test
    void aDependentBeanLivesForOneCall() {
        try (var fixture = new CatalogFixture(PricingTools.class, ScopedTools.class)) {
            int before = ScopedTools.DESTROYED.get();
            fixture.call("dependent.echo", "{\"text\":\"a\"}");
            fixture.call("dependent.echo", "{\"text\":\"b\"}");
            assertEquals(before + 2, ScopedTools.DESTROYED.get());
        }
    }

    @Test
    void theCatalogIsSortedByName() {
        try (var fixture = new CatalogFixture(ScopedTools.class, PricingTools.class)) {
            assertEquals(List.of("covers", "crash", "dependent.echo", "forget", "price", "refuse"),
                    fixture.catalog.tools().stream().map(tool -> tool.name()).toList());
        }
    }
}
