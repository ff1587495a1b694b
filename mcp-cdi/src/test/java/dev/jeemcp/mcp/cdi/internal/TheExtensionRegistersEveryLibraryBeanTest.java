package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.audit.Auditor;
import dev.jeemcp.mcp.cdi.internal.discovery.CdiCatalog;
import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import dev.jeemcp.mcp.cdi.internal.fixtures.TaskTools;
import dev.jeemcp.mcp.cdi.internal.handles.JpaHandles;
import dev.jeemcp.mcp.cdi.internal.handles.JpaSingleUseStates;
import dev.jeemcp.mcp.cdi.internal.health.McpReadiness;
import dev.jeemcp.mcp.cdi.internal.limits.RateLimiter;
import dev.jeemcp.mcp.cdi.internal.tasks.CdiTasks;
import java.util.List;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The library's jar is no bean archive (it holds the portable extension), so on a server none of its classes is a bean
 * unless the extension adds it: every bean the catalog asks for is there with nothing but the extension and one
 * application class. A bean left out works in tests that add it by hand and fails on every server
 * ({@code mcp.requestStateSingleUse=true} did: its store was never registered).
 */
class TheExtensionRegistersEveryLibraryBeanTest {

    @Test
    void everyLibraryBeanIsRegisteredByTheExtension() {
        try (WeldContainer container = new Weld().disableDiscovery().addExtension(new McpExtension()).addBeanClasses(TaskTools.class)
                .initialize()) {
            for (Class<?> bean : List.of(CdiCatalog.class, JpaHandles.class, JpaHandles.OwnTransaction.class, JpaSingleUseStates.class, CdiTasks.class, Auditor.class,
                    RateLimiter.class, McpReadiness.class)) {
                assertTrue(container.select(bean).isResolvable(), () -> bean.getSimpleName() + " is a bean");
            }
        }
    }
}
