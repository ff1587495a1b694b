package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the application's tool catalog: a CDI bean first, then a {@link ServiceLoader} provider, else none. */
final class Catalogs {

    static final McpCatalog EMPTY = new McpCatalog() {
        @Override
        public List<Tool> tools() {
            return List.of();
        }
    };

    private static final System.Logger LOG = System.getLogger(Catalogs.class.getName());

    private Catalogs() {
    }

    /** Called from {@code Servlet.init()}, when CDI is up on every container (on Tomcat, weld-servlet booted first). */
    static McpCatalog find() {
        try {
            Instance<McpCatalog> instance = CDI.current().select(McpCatalog.class);
            if (instance.isResolvable()) {
                return instance.get();
            }
        } catch (IllegalStateException | NoClassDefFoundError e) {
            LOG.log(System.Logger.Level.DEBUG, "No CDI container; looking for a ServiceLoader tool catalog", e);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ServiceLoader.load(McpCatalog.class, loader).findFirst().orElseGet(() -> {
            LOG.log(System.Logger.Level.WARNING, "MCP endpoint has no tool catalog: add mcp-cdi to the application");
            return EMPTY;
        });
    }
}
