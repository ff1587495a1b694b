package dev.jeemcp.mcp.cdi.internal;

import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/** Boots a real CDI container (Weld SE) with only the given beans and the MCP extension. */
final class Containers {

    private Containers() {
    }

    static WeldContainer boot(Class<?>... beans) {
        return new Weld()
                .disableDiscovery()
                .addExtension(new McpExtension())
                .addBeanClasses(beans)
                .addBeanClass(dev.jeemcp.mcp.cdi.internal.fixtures.CountingInterceptor.class)
                .property("org.jboss.weld.construction.relaxed", false)
                .initialize();
    }
}
