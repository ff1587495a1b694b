package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.server.Tool;
import dev.jeemcp.mcp.server.ToolCatalog;
import jakarta.json.JsonObject;
import java.util.List;

/** {@code tools/list}: the tools this caller may use, paged, with cache hints for 2026-07-28 clients. */
final class ToolsListHandler implements MethodHandler {

    private final ToolCatalog catalog;
    private final McpSettings settings;

    ToolsListHandler(ToolCatalog catalog, McpSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    @Override
    public JsonObject handle(JsonObject params, CallContext context) {
        List<Tool> visible = catalog.tools().stream().filter(tool -> tool.isVisibleTo(context)).toList();
        Page<Tool> page = Page.of(visible, params, settings.pageSize());
        var tools = JsonIo.array();
        page.items().forEach(tool -> tools.add(tool.definition()));
        var result = JsonIo.object().add("tools", tools);
        if (page.nextCursor() != null) {
            result.add(Wire.Result.NEXT_CURSOR, page.nextCursor());
        }
        if (context.modern()) {
            result.add(Wire.Result.TTL_MS, settings.listTtlMs()).add(Wire.Result.CACHE_SCOPE, "public");
        }
        return result.build();
    }
}
