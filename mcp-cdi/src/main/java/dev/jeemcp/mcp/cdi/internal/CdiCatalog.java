package dev.jeemcp.mcp.cdi.internal;

import dev.jeemcp.mcp.server.Tool;
import dev.jeemcp.mcp.server.McpCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tools {@link McpExtension} found, as the servlet sees them. Fixed after deployment. */
@ApplicationScoped
public class CdiCatalog implements McpCatalog {

    @Inject
    McpExtension extension;

    private List<Tool> tools;
    private Map<String, Tool> byName;

    @PostConstruct
    void freeze() {
        tools = List.copyOf(extension.tools());
        byName = Map.copyOf(extension.toolsByName());
    }

    @Override
    public List<Tool> tools() {
        return tools;
    }

    @Override
    public Optional<Tool> findTool(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
