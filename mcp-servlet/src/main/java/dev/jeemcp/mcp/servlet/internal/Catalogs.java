package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.server.Tool;
import dev.jeemcp.mcp.server.ToolCatalog;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the application's tool catalog: a CDI bean first, then a {@link ServiceLoader} provider, else none. */
final class Catalogs {

    static final ToolCatalog EMPTY = new ToolCatalog() {
        @Override
        public List<Tool> tools() {
            return List.of();
        }

        @Override
        public Optional<Tool> find(String name) {
            return Optional.empty();
        }
    };

    private static final System.Logger LOG = System.getLogger(Catalogs.class.getName());

    private Catalogs() {
    }

    /** Called from {@code Servlet.init()}, when CDI is up on every container (on Tomcat, weld-servlet booted first). */
    static ToolCatalog find() {
        try {
            Instance<ToolCatalog> instance = CDI.current().select(ToolCatalog.class);
            if (instance.isResolvable()) {
                return instance.get();
            }
        } catch (IllegalStateException | NoClassDefFoundError e) {
            LOG.log(System.Logger.Level.DEBUG, "No CDI container; looking for a ServiceLoader tool catalog", e);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ServiceLoader.load(ToolCatalog.class, loader).findFirst().orElseGet(() -> {
            LOG.log(System.Logger.Level.WARNING, "MCP endpoint has no tool catalog: add mcp-cdi to the application");
            return EMPTY;
        });
    }
}
