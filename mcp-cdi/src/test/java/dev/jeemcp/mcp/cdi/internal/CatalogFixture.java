package dev.jeemcp.mcp.cdi.internal;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.cdi.internal.features.ToolMethod;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.jboss.weld.environment.se.WeldContainer;

/** A booted container with the catalog the servlet would see, and an anonymous 2026-07-28 request. */
public final class CatalogFixture implements AutoCloseable {

    static final McpRequest ANONYMOUS = TestRequests.caller(null);

    private final WeldContainer container;
    final McpCatalog catalog;

  public   CatalogFixture(Class<?>... beans) {
        container = Containers.boot(beans);
        catalog = container.select(McpCatalog.class).get();
    }

    /** A bean of the container, such as an observer the test reads. */
    <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    /** The tool as discovery made it, with what the SPI does not show (its argument check). */
    ToolMethod tool(String name) {
        return (ToolMethod) catalog.tools().stream().filter(tool -> tool.name().equals(name)).findFirst().orElseThrow();
    }

    JsonObject call(String name, String arguments) {
        return tool(name).call(json(arguments), ANONYMOUS);
    }

    public static JsonObject json(String text) {
        try (var reader = JsonProvider.provider().createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Override
    public void close() {
        container.close();
    }
}
